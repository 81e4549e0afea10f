/**
 * Trafilatura title golds that disagree with the page they describe, found by
 * reviewing every title miss against the page's own HTML (2026-11, issue 3).
 * The eval scores against the gold as it is; this list only lets it say how far
 * a correct extractor could get, so the ceiling can be checked rather than taken
 * on trust. Each entry: the page's URL and what the page itself shows.
 */
export const TITLE_GOLD_DISAGREES: Record<string, string> = {
  'http://www.colours-of-the-soul.alhelm.net': 'blog home page: the gold is a post linked in a recent-comments sidebar; h1 and <title> are the blog name',
  'http://www.klaenge-des-verschweigens.de/film/geschichte/': 'the gold is the site name (og:site_name); <title> is "Geschichte | <site>", no h1',
  'https://creativecommons.org/about/': 'the gold keeps the " - Creative Commons" suffix; h1.entry-title is "What we do"',
  'https://phys.org/news/2019-10-flint-flake-tool-partially-birch.html': 'the gold is cut mid-word ("thinkin"); h1, og:title and JSON-LD end "thinking"',
  'https://www.stylegart.de/naturkosmetik-doch-gesuender/': 'the gold is a later in-body heading; h1.entry-title, og:title and JSON-LD agree on the headline found',
  'https://www.mdavis.xyz/supermarket/': 'the gold is the description; h1#title and og:title agree on the headline found',
  'https://journals.univie.ac.at/index.php/wdr/about/submissions': 'the gold is the h2 of a checklist box; h1 and <title> are "Beitragseinreichung"',
  'https://www.sports.fr/direct-foot/50918/177512/lorient-olympique-lyonnais.html': 'the gold is the label of a live-score widget (h2.bloc-title); <title>, og, twitter and JSON-LD agree on the title found',
  'https://www.mtb-news.de/news/reifen-tubeless-montieren/': 'the gold keeps a kicker span; five other golds of the set drop the same kind of kicker',
  'https://taucher.net/diveinside-boot_tulln_2022_abgesagt-kaz8693': 'the gold is a large-type line in the first paragraph; the h1 is the headline found',
  'https://www.7mind.de/magazin/so-lernen-wir-grenzen-zu-setzen': 'the gold has a typo ("setzten"); h2.title, og:title and <title> say "setzen"',
  'https://www.baumeister.de/sportzentrum-kerenzerberg-filzbach/': 'the gold has a typo ("Kerenzberg"); h1, og and JSON-LD say "Kerenzerberg"',
  'https://kinzig.news/23578/das-steckt-dahinter-nachhaltigkeit-bei-der-spessart-tourismus-gmbh': 'the gold is the kicker line over the headline (span.ort); <title>, JSON-LD and the h2 agree on the title found',
  'https://ostbelgiendirekt.be/tv-tipp-loriot-100-367167': 'the gold is an earlier headline; h1.entry-title and <title> are the headline found',
  'https://gothamist.com/news/rezoning-plan-plagues-bronx-city-councilmembers-re-election-bid': 'the gold is an earlier headline ("plagued" is not in the HTML); h1 and JSON-LD are the headline found',
};
