package text

import "strings"

// Word lists of the text layer. They are generic (English orthography and
// newsroom conventions), never names from any particular article.

// abbrKind says how an abbreviation that takes a period behaves at a
// possible sentence end.
type abbrKind uint8

const (
	abbrNone   abbrKind = iota
	abbrPrefix          // precedes what it qualifies: "Dr.", "Gen.", "St.", "vs.", "Jan."; never ends a sentence
	abbrFinal           // may end a sentence: "Inc.", "etc.", "Jr."
	abbrNumero          // "No." / "Nos.": an abbreviation only before a number
	abbrMonth           // "Jan.", "Sept.": an abbreviation only when capitalised
)

var abbrevs = buildAbbrevs()

func buildAbbrevs() map[string]abbrKind {
	m := make(map[string]abbrKind, 200)
	add := func(k abbrKind, list string) {
		for _, w := range strings.Fields(list) {
			m[w] = k
		}
	}
	// Titles and name prefixes.
	add(abbrPrefix, `mr mrs ms messrs mmes dr drs prof profs gen gens sen sens rep reps gov govs
		lt col sgt capt cmdr cdr adm maj brig cpl pvt gen rev hon pres amb supt insp det
		fr sra srta mme mlle rt excy sec secy atty comdr cmdt lieut
		st ste mt ft vs v cf approx ca viz op pp p para sect fig figs vol vols ch chap eq
		dept univ assn bros ave blvd rd hwy`)
	// Abbreviations that can close a sentence.
	add(abbrFinal, `inc corp co ltd plc llc jr sr esq etc al cos bhd pty ag sa nv
		govt intl natl est ed eds incl misc sc phil seq`)
	add(abbrNumero, `no nos`)
	add(abbrMonth, `jan feb mar apr jun jul aug sep sept oct nov dec`)
	return m
}

// dottedNoEnd are dotted abbreviations that never end a sentence.
var dottedNoEnd = map[string]bool{"e.g.": true, "i.e.": true, "cf.": true, "viz.": true}

// tlds are top-level domains recognised in "whitehouse.gov".
var tlds = setOf(`com org net gov edu mil int info biz io co uk us ru ua de fr it es eu cn jp kr in
	ca au nz ch nl be se no fi dk pl cz at il tr ir br mx za ng ke eg sa ae qa by kz ge am az
	tv me news int html htm php aspx pdf`)

// starters are words that commonly open a sentence; after an abbreviation
// that may end a sentence ("U.S.", "Inc.") a capitalised starter begins a
// new one.
var starters = setOf(`the a an this that these those it its he she they we i you his her their our my
	your there here but so yet however meanwhile moreover furthermore also in on at for with
	as after before while when if although though since because despite during according last
	earlier later today yesterday tomorrow both such some many most several all each other another
	then thus still now instead nevertheless further additionally overall what why how who where
	which once even only just never`)

// roleWords are title and role words that mark a mixed-case speaker label
// ("Senior Editor:", "Secretary of State ...:").
var roleWords = setOf(`president vice minister secretary spokesperson spokesman spokeswoman ambassador
	official officials editor reporter correspondent moderator interviewer host anchor analyst
	professor director chairman chairwoman chair chancellor premier king queen prince senator
	representative congressman congresswoman governor mayor general admiral colonel commander
	adviser advisor counselor envoy diplomat delegate chief deputy leader speaker sheikh emir
	sultan dr mr mrs ms prof sen rep gov gen lt col adm amb participant audience operator
	questioner question answer student journalist expert guest panelist narrator administrator
	coordinator commissioner attorney interpreter translator whip justice judge officer aide staff member pope cardinal
	bishop rabbi imam founder ceo cfo chairperson principal head`)

// notLabels are words that open or close a "Word:" line that is not a
// speaker label ("Note:", "Fact Sheet:", "Dear Mr. Speaker:").
var notLabels = setOf(`note notes image images photo photos picture video audio caption credit credits
	source sources update updates sheet release headline headlines subject re date time location
	place topic topics agenda tags tag keywords category categories disclaimer transcript summary
	conclusion conclusions background overview context analysis outcome outcomes result results
	timeline takeaway takeaways thoughts related contents see dear warning attention important
	breaking exclusive opinion editorial correction clarification example examples issue issues
	goal goals objective objectives challenge challenges step steps recommendation recommendations
	why what how who where when which read watch listen download click follow share tweet posted
	filed published updated written edited translated`)

// labelLinks are lower-case words allowed inside a capitalised speaker
// label ("Secretary of State ...", "Minister for Foreign Affairs").
var labelLinks = setOf(`of the for and on to de del della da di do dos das du van von der den ter bin ibn al el la le y e`)

// months maps English month names and abbreviations to month numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdays are English weekday names and abbreviations.
var weekdays = setOf(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`)

// possessiveStay are words whose "'s" is a contraction ("it's", "that's"),
// kept inside the word.
var possessiveStay = setOf(`it he she that there what who where here let how when why this everyone
	someone nobody everybody somebody`)

func setOf(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// IsStarter reports whether the lower-cased word w commonly opens a
// sentence ("the", "however", "it").
func IsStarter(w string) bool { return starters[w] }

// IsAbbreviation reports whether the lower-cased word w (without its
// period) is a known abbreviation that takes a period ("dr", "gen", "inc").
func IsAbbreviation(w string) bool { return abbrevs[w] != abbrNone }

// Month returns the month number of an English month name or abbreviation
// (case-insensitive, without a period), or 0.
func Month(w string) int {
	if len(w) > 9 {
		return 0
	}
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return months[string(buf[:len(w)])]
}
