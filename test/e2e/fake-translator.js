// A stand-in for Chrome's on-device Translator API (Debian's Chromium has no translation models):
// a phrase table for the faithful rice article's three claims. The model is "downloadable", so a
// translation needs the reader's consent (the setting) and a click; every call is recorded.
(() => {
  const table = [
    ['260万吨', 'Thailand’s commerce ministry said on Monday that Thailand exported 2.6 million tonnes of rice in February, up 12% from a year earlier.'],
    ['40万吨', 'Rice exports to China rose to 400,000 tonnes, about a quarter of total exports.'],
    ['850万吨', 'Rice exports are expected to be 8.5 million tonnes this year, below the record set in 2023.'],
  ];
  const calls = [];
  self.__translatorCalls = calls;
  self.Translator = {
    async availability(options) {
      calls.push(['availability', options.sourceLanguage, options.targetLanguage]);
      return 'downloadable';
    },
    async create(options) {
      calls.push(['create', options.sourceLanguage, options.targetLanguage, navigator.userActivation.isActive]);
      return {
        async translate(text) {
          calls.push(['translate', text]);
          // Claims from the phrase table; anything else comes back marked with the target language.
          return table.find(([key]) => text.includes(key))?.[1] ?? `⟨${options.targetLanguage}⟩ ${text}`;
        },
        destroy() {},
      };
    },
  };
})();
