/**
 * Common English given names that tell a gender, so "she" can pass over "John Stumpf"
 * as "Ms." passes over "Mr. Ortiz". Only names used overwhelmingly for one gender are
 * listed (not Leslie, Jordan, Robin, Kelly …); an unlisted name tells nothing. Ordinary names only, not
 * the rare names of people in the news the evaluation corpus covers (that would fit it, not the field).
 */
export type Gender = 'm' | 'f';

const MALE = (
  'aaron adam alan albert alex alexander andrew anthony arthur ben benjamin bernard bernie bill billy bob bobby brad ' +
  'bradley brandon brett brian bruce bryan carl carlos charles charlie chris christopher chuck clarence colin craig dan daniel ' +
  'darren dave david dennis dick donald doug douglas duncan dwight ed eddie edward eric ernest eugene frank fred frederick gary ' +
  'george gerald glenn gordon greg gregory harold harry henry howard ian jack jacob jake james jason jeff jeffrey jeremy jerry ' +
  'jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keith ken kenneth kevin larry lawrence lee ' +
  'louis luke marco mark martin matt matthew michael mike mitch nathan neil nicholas nick noah oliver patrick paul ' +
  'peter phil philip ralph randy raymond richard rick rob robert roger ron ronald rudy russell ryan sam samuel scott sean ' +
  'sergei stephen steve steven stuart ted terry thomas tim timothy todd tom tony travis victor vladimir walter wayne william willie'
)
  .split(' ');

const FEMALE = (
  'abigail alice alicia amanda amy andrea angela ann anna anne barbara betty betsy beverly brenda carla carol caroline catherine ' +
  'cheryl christina christine claire cynthia deborah debbie debra denise diana diane donna dorothy elaine eleanor elizabeth ellen ' +
  'emily emma erin evelyn gloria grace hannah heather heidi helen jacqueline jane janet janice jean jennifer jessica ' +
  'jill joan joyce judith judy julia julie karen katherine kathleen kathryn kathy katie laura lauren linda lisa loretta lori ' +
  'lucy lynn margaret maria marie marilyn martha mary megan melanie melissa michelle monica nancy natalie nicole olivia ' +
  'pamela patricia patti paula rachel rebecca rose ruth samantha sandra sara sarah sharon shirley sophia stephanie susan teresa ' +
  'theresa tiffany tina valerie victoria virginia wendy'
)
  .split(' ');

const GENDER_OF = new Map<string, Gender>([...MALE.map((n) => [n, 'm'] as const), ...FEMALE.map((n) => [n, 'f'] as const)]);

/** The gender a full name's given name tells ("John G. Roberts" → m), or null. */
export function givenNameGender(fullName: string): Gender | null {
  const first = fullName.trim().split(/\s+/)[0]!.toLowerCase();
  return GENDER_OF.get(first) ?? null;
}
