package timex

// Word lexicons. They are built once at package initialisation and only
// read afterwards.

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbr are abbreviations that need a following period or number.
var monthAbbr = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
	"mondays": 1 | plural, "tuesdays": 2 | plural, "wednesdays": 3 | plural, "thursdays": 4 | plural,
	"fridays": 5 | plural, "saturdays": 6 | plural, "sundays": 7 | plural,
}

const plural = 1 << 8

var ones = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

// unit codes
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uMillennium
)

var unitWords = map[string]int{
	"second": uSecond, "seconds": uSecond | plural, "minute": uMinute, "minutes": uMinute | plural,
	"hour": uHour, "hours": uHour | plural, "day": uDay, "days": uDay | plural,
	"week": uWeek, "weeks": uWeek | plural, "fortnight": uFortnight, "fortnights": uFortnight | plural,
	"month": uMonth, "months": uMonth | plural, "quarter": uQuarter, "quarters": uQuarter | plural,
	"year": uYear, "years": uYear | plural, "decade": uDecade, "decades": uDecade | plural,
	"century": uCentury, "centuries": uCentury | plural, "millennium": uMillennium, "millennia": uMillennium | plural,
	"yr": uYear, "yrs": uYear | plural, "hrs": uHour | plural, "mins": uMinute | plural,
}

// Parts of the day.
var dayParts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
}

var seasons = map[string]int{
	"spring": 1, "summer": 2, "fall": 3, "autumn": 3, "winter": 4,
}

// holiday kinds
const (
	hFixed = iota
	hEaster
	hNth // nth weekday of a month (n<0: last)
)

type holiday struct {
	words   []string // lower-case words after the first one
	kind    int
	m, d    int // fixed month/day, or month for hNth
	wd, nth int
}

// holidays are keyed by their first word.
var holidays = map[string][]holiday{
	"christmas":    {{words: []string{"eve"}, m: 12, d: 24}, {words: []string{"day"}, m: 12, d: 25}, {m: 12, d: 25}},
	"new":          {{words: []string{"year", "'", "s", "day"}, m: 1, d: 1}, {words: []string{"year", "'", "s", "eve"}, m: 12, d: 31}, {words: []string{"years", "day"}, m: 1, d: 1}, {words: []string{"year", "'", "s"}, m: 1, d: 1}},
	"thanksgiving": {{words: []string{"day"}, kind: hNth, m: 11, wd: 4, nth: 4}, {kind: hNth, m: 11, wd: 4, nth: 4}},
	"easter":       {{words: []string{"sunday"}, kind: hEaster}, {kind: hEaster}},
	"independence": {{words: []string{"day"}, m: 7, d: 4}},
	"valentine":    {{words: []string{"'", "s", "day"}, m: 2, d: 14}},
	"halloween":    {{m: 10, d: 31}},
	"memorial":     {{words: []string{"day"}, kind: hNth, m: 5, wd: 1, nth: -1}},
	"labor":        {{words: []string{"day"}, kind: hNth, m: 9, wd: 1, nth: 1}},
	"veterans":     {{words: []string{"day"}, m: 11, d: 11}},
	"boxing":       {{words: []string{"day"}, m: 12, d: 26}},
	"election":     {{words: []string{"day"}, kind: hNth, m: 11, wd: 2, nth: 0}},
	"bastille":     {{words: []string{"day"}, m: 7, d: 14}},
}

// Words that make a following 4-digit number something other than a year.
var notYearAfter = map[string]bool{
	"people": true, "persons": true, "troops": true, "soldiers": true, "refugees": true, "students": true,
	"members": true, "workers": true, "deaths": true, "cases": true, "units": true, "shares": true,
	"votes": true, "tons": true, "tonnes": true, "barrels": true, "miles": true, "km": true, "kilometers": true,
	"kilometres": true, "meters": true, "metres": true, "feet": true, "dollars": true, "euros": true,
	"pounds": true, "yen": true, "civilians": true, "children": true, "women": true, "men": true,
	"homes": true, "houses": true, "jobs": true, "seats": true, "vehicles": true, "cars": true,
	"delegates": true, "migrants": true, "prisoners": true, "casualties": true, "points": true,
	"times": true, "percent": true, "pct": true, "employees": true, "residents": true, "dead": true,
	"injured": true, "killed": true, "aircraft": true, "planes": true, "tanks": true, "missiles": true,
	"rockets": true, "weapons": true, "guns": true, "hectares": true, "acres": true, "cents": true,
	"dlrs": true, "mln": true, "billion": true, "million": true, "thousand": true, "officers": true,
	"police": true, "staff": true, "demonstrators": true, "protesters": true,
	"detainees": true, "hostages": true, "patients": true, "doses": true, "flights": true, "ships": true,
	"copies": true, "words": true, "pages": true, "items": true, "hours": true, "minutes": true,
	"days": true, "weeks": true, "months": true, "years": true, "kg": true, "mw": true, "gw": true,
	"bpd": true, "sq": true, "square": true, "cubic": true,
}

// Words before a 4-digit number that make it something other than a year.
var notYearBefore = map[string]bool{
	"no": true, "number": true, "flight": true, "route": true, "room": true, "resolution": true,
	"article": true, "page": true, "pages": true, "code": true, "model": true, "version": true,
	"box": true, "suite": true, "highway": true, "unit": true, "bill": true, "h": true, "hr": true,
	"rule": true, "section": true, "chapter": true, "extension": true, "ext": true,
	"about": true, "some": true, "nearly": true, "almost": true, "approximately": true, "over": true,
	"than": true, "least": true, "roughly": true, "additional": true, "another": true, "only": true,
	"just": true, "total": true, "estimated": true, "were": true, "killed": true, "injured": true,
}

// Prepositions that make a bare 4-digit number clearly a year.
var yearPrep = map[string]bool{
	"in": true, "since": true, "of": true, "by": true, "until": true, "till": true, "through": true,
	"from": true, "to": true, "during": true, "after": true, "before": true, "early": true, "late": true,
	"mid": true, "fiscal": true, "summer": true, "spring": true, "winter": true, "fall": true, "autumn": true,
	"year": true, "between": true, "and": true, "the": true, "for": true, "throughout": true, "circa": true,
	"c": true, "ca": true, "around": true, "beyond": true, "pre": true, "post": true, "toward": true, "towards": true,
}

// Verb forms that signal tense.
var futureWords = map[string]bool{
	"will": true, "shall": true, "would": true, "upcoming": true, "coming": true, "tomorrow": true,
	"scheduled": true, "due": true, "expected": true, "expects": true, "expect": true, "plan": true,
	"plans": true, "planned": true, "planning": true, "intends": true, "intend": true, "aims": true,
	"next": true, "forthcoming": true, "slated": true, "likely": true, "hope": true, "hopes": true,
	"should": true, "may": true, "might": true, "can": true, "must": true, "ll": true,
	"going": true, "wo": true, "set": true, "seeks": true,
}

var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "ago": true, "yesterday": true, "said": true,
	"met": true, "began": true, "came": true, "went": true, "told": true, "took": true, "made": true,
	"held": true, "gave": true, "saw": true, "left": true, "fell": true, "rose": true, "won": true,
	"lost": true, "sent": true, "found": true, "spoke": true, "wrote": true, "got": true, "led": true,
	"paid": true, "sold": true, "bought": true, "struck": true, "fought": true, "broke": true,
	"became": true, "ran": true, "flew": true, "brought": true, "thought": true, "felt": true,
	"kept": true, "meant": true, "heard": true, "chose": true, "drove": true, "froze": true,
	"stood": true, "sat": true, "shot": true, "spent": true, "wore": true,
	"knew": true, "grew": true, "drew": true, "threw": true, "ended": true, "last": true, "earlier": true,
	"previously": true, "arrived": true, "been": true, "has": true, "have": true,
}

// Words ending in "ed" that are not past-tense verbs.
var notPastEd = map[string]bool{
	"need": true, "speed": true, "indeed": true, "hundred": true, "red": true, "bed": true, "united": true,
	"feed": true, "seed": true, "breed": true, "greed": true, "proceed": true, "exceed": true,
	"succeed": true, "shed": true, "wed": true, "armed": true, "based": true,
	"concerned": true, "related": true, "limited": true, "advanced": true, "detailed": true,
	"alleged": true, "unprecedented": true, "expected": true,
	"scheduled": true, "planned": true, "proposed": true, "continued": true, "renewed": true,
	"increased": true, "reduced": true, "interested": true, "supposed": true, "used": true,
	"involved": true, "coordinated": true, "embattled": true,
	"sophisticated": true, "determined": true, "balanced": true, "biased": true, "ned": true, "ted": true,
	"fred": true, "ed": true, "ahmed": true, "mohammed": true, "muhammed": true, "mohamed": true,
	"hamed": true, "saeed": true,
}
