package diplo

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug folds s to a stable identifier part: accents removed, lower case,
// runs of anything but letters and digits turned into one hyphen.
// Slug("Volodymyr Zelenskyy") is "volodymyr-zelenskyy".
func Slug(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// ActorID is the stable ID of an actor: "country:RUS" for a country with a
// code, else the kind and the slug of the name ("person:dmitry-peskov").
func ActorID(kind ActorKind, name, country string) string {
	if kind == Country && country != "" {
		return "country:" + country
	}
	return kind.String() + ":" + Slug(name)
}
