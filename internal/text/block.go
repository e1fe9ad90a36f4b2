package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Block rules, line by line (a line is trimmed of spaces; blank lines
// separate blocks):
//
//   - DateLine: a first line "date YYYY-MM-DD"; text after the date on the
//     same line is read as the next line.
//   - TableRule: a line of - : | (at least three '-' and a '|'); TableHeader:
//     the pipe row right before a rule; TableRow: any other line with two
//     or more '|' (or one, next to a table line). Cells are trimmed, the
//     empty cells outside a leading or trailing '|' dropped.
//   - ListItem: a line opening with a bullet ("- ", "* ", "•", "▪", ...), a
//     number ("1. ", "12) ", "(3) ") or a letter or roman numeral ("a) ",
//     "(b) ", "iv. "); Body is the text after the marker. In a table of
//     contents (after a "Table of Contents" or "Contents" heading) list
//     lines are TOCItem.
//   - Turn: a speaker label and its answer. "Q", "Q:", "Q." and "Q  text"
//     (two spaces, or one before a capital); "A:" (and "A  text" once the
//     document has Q turns); "((WN)) text" and "((Name)) text" (the
//     Wikinews interview convention; the label is inside the parentheses);
//     or "LABEL: text" where the label is at most eight words, all caps
//     ("THE PRESIDENT:", "MS. JEAN-PIERRE:") or mostly capitalised ("Senior
//     Editor:", "Secretary of State Marco Rubio:", "dr. Elena Ivanova:"),
//     and holds a title or role word or is a label on two lines of the
//     document. "Note:", "Fact Sheet:", "Dear Mr. Speaker:", fact-sheet
//     section heads ("ACHIEVING RECIPROCAL TRADE:") and lower-case phrases
//     ("Make no mistake:") are not labels. SpeakerTurn tells which turn an
//     unlabelled paragraph continues.
//   - Heading: a line of at most 150 bytes and 20 words with no final
//     . , ; : ! - _ (a title-cased question also counts: "What Is the Role
//     of Third Countries?"), and of one sentence.
//   - Title: the first content line after the date line, when it is a
//     Heading, or a Paragraph of one sentence of at most 320 bytes that does
//     not end with a full stop (unless an abbreviation's: "... WITH U.S.")
//     or a dateline dash ("NAIROBI, Kenya (AP) _"); set after sentence
//     splitting.
//   - Paragraph: everything else. A line that starts with a lower-case
//     letter, or follows a line ending on a comma or a function word ("...
//     talks with"), continues the block before it when that block does not
//     end a sentence and is not a title-cased heading (a hard-wrapped
//     paragraph).

type lineSpan struct {
	st, en int
	blank  bool // a blank line comes before it
}

type blockParser struct {
	d      *Doc
	s, low string
	lines  []lineSpan
	labels map[string]int // label candidates (lower case) and how often they occur
	blocks []Block
	sawQ   bool   // a "Q" turn was seen
	slab   []Span // room for the cells of the table rows still to come
}

func splitBlocks(d *Doc) []Block {
	p := &blockParser{d: d, s: d.Norm, low: d.Low}
	p.collectLines()
	p.blocks = make([]Block, 0, len(p.lines)+1)
	p.countLabels()
	p.classify()
	return p.blocks
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// collectLines finds the non-blank lines, trimmed. A first pass counts
// them, so that the lines (and the blocks, one line or more each, or two
// for a date line) are allocated once rather than grown by copying.
func (p *blockParser) collectLines() {
	p.lines = make([]lineSpan, 0, p.scanLines(nil))
	p.scanLines(func(ln lineSpan) { p.lines = append(p.lines, ln) })
}

// scanLines calls add (when not nil) for every non-blank line and returns
// their number.
func (p *blockParser) scanLines(add func(lineSpan)) int {
	s := p.s
	n := 0
	blank := false
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			j = len(s)
		} else {
			j += i
		}
		st, en := i, j
		for st < en && isSpaceByte(s[st]) {
			st++
		}
		for en > st && isSpaceByte(s[en-1]) {
			en--
		}
		if st < en {
			n++
			if add != nil {
				add(lineSpan{st, en, blank})
			}
			blank = false
		} else {
			blank = true
		}
		i = j + 1
	}
	return n
}

// countLabels counts the speaker-label candidates of the document, so that
// a label used on two lines is accepted without a role word.
func (p *blockParser) countLabels() {
	for _, ln := range p.lines {
		if le, _, ok := p.labelSyntax(ln.st, ln.en); ok {
			if p.labels == nil {
				p.labels = make(map[string]int)
			}
			p.labels[p.low[ln.st:le]]++
		}
	}
}

func (p *blockParser) add(b Block) { p.blocks = append(p.blocks, b) }

func (p *blockParser) classify() {
	s := p.s
	toc := false
	first := true
	prevTable := false
	for li := 0; li < len(p.lines); li++ {
		ln := p.lines[li]
		st, en := ln.st, ln.en
		if first {
			first = false
			if de, ok := dateLineEnd(p.low, st, en); ok {
				p.add(Block{Kind: DateLine, Start: st, End: de, Body: Span{st, de}})
				st = de
				for st < en && s[st] == ' ' {
					st++
				}
				if st >= en {
					continue
				}
				ln = lineSpan{st, en, false}
			}
		}
		// tables
		if isTableRule(s[st:en]) {
			p.add(Block{Kind: TableRule, Start: st, End: en, Body: Span{st, en}})
			prevTable = true
			continue
		}
		nextRule := li+1 < len(p.lines) && isTableRule(s[p.lines[li+1].st:p.lines[li+1].en])
		if pipes := strings.Count(s[st:en], "|"); pipes >= 2 || pipes == 1 && (prevTable || nextRule) {
			k := TableRow
			if nextRule {
				k = TableHeader
			}
			p.add(Block{Kind: k, Start: st, End: en, Body: Span{st, en}, Cells: p.cells(st, en, pipes)})
			prevTable = true
			continue
		}
		prevTable = false
		// list items
		if bs, ok := listMarker(s, st, en); ok {
			k := ListItem
			if toc {
				k = TOCItem
			}
			p.add(Block{Kind: k, Start: st, End: en, Body: Span{bs, en}})
			continue
		}
		toc = false
		if isTOCHeading(p.low[st:en]) {
			p.add(Block{Kind: Heading, Start: st, End: en, Body: Span{st, en}})
			toc = true
			continue
		}
		if le, bs, ok := p.turnLabel(st, en); ok {
			ls := st
			if strings.HasPrefix(s[st:le], "((") {
				ls = st + 2
			}
			p.add(Block{Kind: Turn, Start: st, End: en, Label: Span{ls, le}, Body: Span{bs, en}})
			continue
		}
		if !ln.blank && p.join(st, en) {
			continue
		}
		k := Paragraph
		if headingLike(s, st, en) {
			k = Heading
		}
		p.add(Block{Kind: k, Start: st, End: en, Body: Span{st, en}})
	}
}

// join appends the line [st, en) to the previous block when the line
// starts with a lower-case letter and continues a hard-wrapped sentence.
func (p *blockParser) join(st, en int) bool {
	if len(p.blocks) == 0 {
		return false
	}
	b := &p.blocks[len(p.blocks)-1]
	r, _ := utf8.DecodeRuneInString(p.s[st:])
	open := endsOpen(p.low[b.Body.Start:b.Body.End])
	titled := b.Kind == Heading && titleRatio(p.s[b.Start:b.End]) >= 0.8
	if open && titled {
		// a title may end on a preposition ("What to Watch For"), not on
		// an article or a conjunction ("Russia and the")
		open = strictOpen[lastWord(p.low[b.Body.Start:b.Body.End])]
	}
	if !unicode.IsLower(r) && !open {
		return false
	}
	switch b.Kind {
	case Paragraph, Heading, Turn, ListItem:
	default:
		return false
	}
	if b.End <= b.Start || b.End > st || strings.IndexByte(p.s[b.End:st], '\n') != strings.LastIndexByte(p.s[b.End:st], '\n') {
		return false // not the line right before
	}
	if endsSentence(p.s[b.Body.Start:b.Body.End]) {
		return false
	}
	if titled && !open {
		return false
	}
	if b.Kind == Heading {
		b.Kind = Paragraph
	}
	b.End = en
	b.Body.End = en
	return true
}

// endsOpen reports whether a line ends where no heading or sentence can:
// on a comma or a function word ("... talks with").
func endsOpen(low string) bool {
	if low == "" {
		return false
	}
	if low[len(low)-1] == ',' {
		return true
	}
	i := strings.LastIndexByte(low, ' ')
	if i < 0 {
		return false
	}
	return openWords[low[i+1:]]
}

// openWords are function words a sentence cannot end on.
var openWords = setOf(`the a an of to in on at for with by from and or but that as its their his her
	our this these those between into than whose which who`)

// strictOpen are the openWords no title ends on.
var strictOpen = setOf(`the a an of and or but its their his her our this these those whose than between into`)

// endsSentence reports whether t ends with . ! ? : (before any closing
// quotes or brackets).
func endsSentence(t string) bool {
	i := len(t)
	for i > 0 && (t[i-1] == '"' || t[i-1] == '\'' || t[i-1] == ')' || t[i-1] == ']') {
		i--
	}
	if i == 0 {
		return false
	}
	switch t[i-1] {
	case '.', '!', '?', ':':
		return true
	}
	return strings.HasSuffix(t[:i], "…")
}

// dateLineEnd reports whether the line at st starts with "date YYYY-MM-DD"
// and returns the end of the date.
func dateLineEnd(low string, st, en int) (int, bool) {
	t := low[st:en]
	if !strings.HasPrefix(t, "date") {
		return 0, false
	}
	i := 4
	if i < len(t) && t[i] == ':' {
		i++
	}
	j := i
	for j < len(t) && t[j] == ' ' {
		j++
	}
	if j == i || j+10 > len(t) || !isISODate(t[j:j+10]) {
		return 0, false
	}
	if j+10 < len(t) && t[j+10] != ' ' {
		return 0, false
	}
	return st + j + 10, true
}

func isISODate(t string) bool {
	if len(t) != 10 || t[4] != '-' || t[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i == 4 || i == 7 {
			continue
		}
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

func isTableRule(t string) bool {
	dashes, pipes := 0, 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '-':
			dashes++
		case '|':
			pipes++
		case ':', ' ', '+', '=':
		default:
			return false
		}
	}
	return dashes >= 3 && pipes >= 1
}

// cells splits the pipe row [st, en) with the given number of '|' into
// trimmed cells. The cells of all rows share few arrays (a row of 10,000
// cells is one slice of one array, not an array of its own grown by
// copying); each row's slice has its own capacity, so appending to it
// cannot overwrite the next row.
func (p *blockParser) cells(st, en, pipes int) []Span {
	if need := pipes + 1; cap(p.slab)-len(p.slab) < need {
		p.slab = make([]Span, 0, max(need, 2*cap(p.slab), 64))
	}
	out := appendCells(p.slab[len(p.slab):len(p.slab)], p.s, st, en)
	if len(out) == 0 {
		return nil
	}
	if len(p.slab)+len(out) <= cap(p.slab) { // always: need bounds the cells
		p.slab = p.slab[:len(p.slab)+len(out)]
	}
	return out[:len(out):len(out)]
}

// appendCells appends the trimmed cells of the pipe row [st, en) to out.
func appendCells(out []Span, s string, st, en int) []Span {
	i := st
	if s[i] == '|' {
		i++
	}
	for i <= en {
		j := i
		for j < en && s[j] != '|' {
			j++
		}
		if j == en && i == en && s[en-1] == '|' {
			break // nothing after the trailing pipe
		}
		a, b := i, j
		for a < b && s[a] == ' ' {
			a++
		}
		for b > a && s[b-1] == ' ' {
			b--
		}
		out = append(out, Span{a, b})
		i = j + 1
	}
	return out
}

func isTOCHeading(low string) bool {
	low = strings.TrimRight(low, ": ")
	return low == "table of contents" || low == "contents" || low == "in this article"
}

// listMarker reports whether the line [st, en) opens with a list marker
// and returns where its body starts.
func listMarker(s string, st, en int) (int, bool) {
	i := st
	c := s[i]
	body := func(j int, needSpace bool) (int, bool) {
		if needSpace {
			if j >= en || s[j] != ' ' {
				return 0, false
			}
		}
		for j < en && s[j] == ' ' {
			j++
		}
		if j >= en {
			return 0, false
		}
		return j, true
	}
	switch {
	case c == '-' || c == '*':
		return body(i+1, true)
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '•', '◦', '▪', '▫', '●', '○', '■', '□', '‣', '⁃', '►', '▸', '✓', '✔', '·', '∙', '➢', '➤':
			return body(i+n, false)
		}
		return 0, false
	case '0' <= c && c <= '9':
		j := i
		for j < en && j-i < 4 && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j-i > 3 || j >= en || s[j] != '.' && s[j] != ')' {
			return 0, false
		}
		return body(j+1, true)
	case c == '(':
		j := i + 1
		for j < en && j-i <= 4 && (asciiClass[s[j]]&(chLetter|chDigit) != 0 && s[j] < utf8.RuneSelf) {
			j++
		}
		if j == i+1 || j >= en || s[j] != ')' {
			return 0, false
		}
		if j-i > 2 && !isRoman(s[i+1:j]) && !allDigits(s[i+1:j]) {
			return 0, false
		}
		return body(j+1, true)
	case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		j := i
		for j < en && j-i < 5 && 'a' <= s[j]|0x20 && s[j]|0x20 <= 'z' {
			j++
		}
		if j >= en {
			return 0, false
		}
		w := s[i:j]
		switch {
		case s[j] == ')' && (len(w) == 1 || isRoman(w)):
			return body(j+1, true)
		case s[j] == '.' && (len(w) == 1 && 'a' <= c && c <= 'z' || isRoman(w) && 'a' <= c && c <= 'z'):
			return body(j+1, true)
		}
	}
	return 0, false
}

func isRoman(w string) bool {
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'i', 'v', 'x', 'I', 'V', 'X':
		default:
			return false
		}
	}
	return true
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return len(w) > 0
}

// headingLike reports whether the line looks like a heading.
func headingLike(s string, st, en int) bool {
	t := s[st:en]
	if len(t) > 150 {
		return false
	}
	words, hasLetter := 0, false
	inWord := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == ' ' {
			inWord = false
			continue
		}
		if !inWord {
			words++
			inWord = true
		}
		if c >= utf8.RuneSelf || asciiClass[c]&chLetter != 0 {
			hasLetter = true
		}
	}
	if !hasLetter || words > 20 {
		return false
	}
	i := len(t)
	for i > 0 && (t[i-1] == '"' || t[i-1] == '\'' || t[i-1] == ')') {
		i--
	}
	if i == 0 {
		return false
	}
	last := t[i-1]
	r, _ := utf8.DecodeRuneInString(t)
	switch last {
	case '.', ',', ';', ':', '!', '-', '_':
		return false
	case '?':
		return words >= 3 && titleRatio(t) >= 0.6
	}
	if strings.HasSuffix(t[:i], "…") {
		return false
	}
	if unicode.IsLower(r) {
		return titleRatio(t) >= 0.6
	}
	return true
}

// titleRatio is the share of content words of t (not short function
// words) that start with an upper-case letter or a digit. It does not
// allocate.
func titleRatio(t string) float64 {
	content, caps := 0, 0
	for i := 0; i < len(t); {
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := i
		for j < len(t) && t[j] != ' ' {
			j++
		}
		w := t[i:j]
		i = j
		// strip surrounding punctuation
		for len(w) > 0 && strings.IndexByte(`"'(),.:;?!`, w[0]) >= 0 {
			w = w[1:]
		}
		for len(w) > 0 && strings.IndexByte(`"'(),.:;?!`, w[len(w)-1]) >= 0 {
			w = w[:len(w)-1]
		}
		if w == "" || isSmallWord(w) {
			continue
		}
		content++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	if content == 0 {
		return 0
	}
	return float64(caps) / float64(content)
}

// isSmallWord reports whether w (any case) is a function word left lower
// case in title case ("of", "the", "amid").
func isSmallWord(w string) bool {
	if len(w) > 6 {
		return false
	}
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	k := string(buf[:len(w)])
	return labelLinks[k] || smallWords[k]
}

// smallWords are function words left lower case in title case.
var smallWords = setOf(`a an at by in into with vs or nor but as per via from up off over amid amidst upon onto`)

// labelSyntax finds a "LABEL:" candidate at the start of the line: the
// label end and the body start. It checks only the shape (length, word
// characters, the colon and what follows it).
func (p *blockParser) labelSyntax(st, en int) (le, bs int, ok bool) {
	s := p.s
	lim := min(en, st+100)
	c := -1
	for i := st; i < lim; i++ {
		if s[i] == ':' {
			c = i
			break
		}
		if s[i] == '\n' {
			return 0, 0, false
		}
	}
	if c <= st {
		return 0, 0, false
	}
	if c+1 < en && s[c+1] != ' ' && s[c+1] != '"' && s[c+1] != '\'' {
		return 0, 0, false
	}
	le = c
	for le > st && s[le-1] == ' ' {
		le--
	}
	if le == st {
		return 0, 0, false
	}
	// characters: letters, digits, . ' - & spaces, and one trailing (...)
	words := 0
	in := false
	paren := false
	for i := st; i < le; {
		ch := s[i]
		if ch >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !paren && !isLetterRune(r) {
				return 0, 0, false
			}
			if !in && !paren {
				words++
				in = true
			}
			i += n
			continue
		}
		switch {
		case ch == ' ':
			in = false
		case ch == '(':
			if paren || i == st {
				return 0, 0, false
			}
			paren = true
		case ch == ')':
			if !paren || i != le-1 {
				return 0, 0, false
			}
		case paren:
		case asciiClass[ch]&(chLetter|chDigit) != 0 || ch == '.' || ch == '\'' || ch == '-' || ch == '&':
			if !in {
				words++
				in = true
			}
		default:
			return 0, 0, false
		}
		i++
	}
	if words == 0 || words > 8 {
		return 0, 0, false
	}
	bs = c + 1
	for bs < en && s[bs] == ' ' {
		bs++
	}
	return le, bs, true
}

// turnLabel reports whether the line [st, en) is a transcript or interview
// turn and returns the label end and the body start.
func (p *blockParser) turnLabel(st, en int) (le, bs int, ok bool) {
	s := p.s
	if strings.HasPrefix(s[st:en], "((") {
		// the Wikinews interview convention: "((WN)) question", "((Name)) answer"
		lim := min(en, st+80)
		if k := strings.Index(s[st+2:lim], "))"); k > 0 {
			ls, le := st+2, st+2+k
			var fb [9]string
			if strings.IndexByte(s[ls:le], '(') < 0 && len(fieldsTo(fb[:0], s[ls:le])) <= 8 {
				bs := le + 2
				for bs < en && s[bs] == ' ' {
					bs++
				}
				return le, bs, true
			}
		}
	}
	if c := s[st]; c == 'Q' || c == 'A' {
		j := st + 1
		if j == en {
			p.sawQ = p.sawQ || c == 'Q'
			return j, en, c == 'Q'
		}
		k := j
		for k < en && s[k] == ' ' {
			k++
		}
		switch {
		case s[j] == ':':
			p.sawQ = p.sawQ || c == 'Q'
			k = j + 1
			for k < en && s[k] == ' ' {
				k++
			}
			return j, k, true
		case c == 'Q' && s[j] == '.' && j+1 < en && s[j+1] == ' ':
			p.sawQ = true
			k = j + 1
			for k < en && s[k] == ' ' {
				k++
			}
			return j, k, true
		case k-j >= 2 && k < en && (c == 'Q' || p.sawQ):
			// "Q    text"; "A    text" only in a document with Q turns
			p.sawQ = true
			return j, k, true
		case c == 'Q' && k-j == 1 && k < en:
			r, _ := utf8.DecodeRuneInString(s[k:])
			if unicode.IsUpper(r) || r == '-' || r == '(' || r == '"' || unicode.IsDigit(r) {
				p.sawQ = true
				return j, k, true
			}
		}
	}
	le, bs, ok = p.labelSyntax(st, en)
	if !ok {
		return 0, 0, false
	}
	lab := s[st:le]
	if i := strings.IndexByte(lab, '('); i > 0 {
		lab = strings.TrimRight(lab[:i], " ")
	}
	low := p.low[st : st+len(lab)]
	var fb, ob [8]string // a label has at most eight words (labelSyntax)
	fields := fieldsTo(fb[:0], low)
	if len(fields) == 0 {
		return 0, 0, false
	}
	trim := func(w string) string { return strings.Trim(w, ".'-&") }
	if notLabels[trim(fields[0])] || notLabels[trim(fields[len(fields)-1])] {
		return 0, 0, false
	}
	letters, upper := 0, 0
	for _, r := range lab {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters < 2 {
		return 0, 0, false
	}
	role := false
	for _, w := range fields {
		if roleWords[trim(w)] {
			role = true
			break
		}
	}
	recurs := p.labels[p.low[st:le]] >= 2
	if upper == letters {
		// all caps: a speaker has a title or role ("MS. PSAKI", "THE
		// PRESIDENT") or speaks twice; fact-sheet section heads ("ACHIEVING
		// RECIPROCAL TRADE: ...") have neither
		if !role && !recurs {
			return 0, 0, false
		}
		return le, bs, true
	}
	// mixed case: mostly capitalised, led by a capital or a title
	origFields := fieldsTo(ob[:0], lab)
	r0, _ := utf8.DecodeRuneInString(origFields[0])
	if !unicode.IsUpper(r0) && abbrevs[trim(fields[0])] != abbrPrefix {
		return 0, 0, false
	}
	content, caps := 0, 0
	for i, w := range origFields {
		if labelLinks[fields[i]] && i > 0 {
			continue
		}
		content++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			caps++
		} else if i == 0 {
			caps++ // a lower-case title abbreviation ("dr.")
		}
	}
	if caps*3 < content*2 {
		return 0, 0, false
	}
	if !role && !recurs {
		return 0, 0, false
	}
	return le, bs, true
}

// fieldsTo appends the fields of s (as strings.Fields splits them, around
// runs of Unicode white space) to buf and returns it: with room in buf, a
// label's words are split without allocating.
func fieldsTo(buf []string, s string) []string {
	space := func(i int) (bool, int) {
		if c := s[i]; c < utf8.RuneSelf {
			return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r', 1
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		return unicode.IsSpace(r), n
	}
	for i := 0; i < len(s); {
		sp, n := space(i)
		if sp {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			sp, n := space(j)
			if sp {
				break
			}
			j += n
		}
		buf = append(buf, s[i:j])
		i = j
	}
	return buf
}

// lastWord is the text after the last space of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
