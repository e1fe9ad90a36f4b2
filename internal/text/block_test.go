package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// blockView is a Block rendered as text for comparison.
type blockView struct {
	Kind  BlockKind
	Text  string
	Label string   `json:",omitempty"`
	Body  string   `json:",omitempty"`
	Cells []string `json:",omitempty"`
}

func viewBlocks(d *Doc) []blockView {
	out := make([]blockView, len(d.Blocks))
	for i, b := range d.Blocks {
		v := blockView{Kind: b.Kind, Text: d.Norm[b.Start:b.End], Body: d.Norm[b.Body.Start:b.Body.End]}
		if b.Kind == Turn {
			v.Label = d.Norm[b.Label.Start:b.Label.End]
		}
		for _, c := range b.Cells {
			v.Cells = append(v.Cells, d.Norm[c.Start:c.End])
		}
		out[i] = v
	}
	return out
}

func para(s string) blockView { return blockView{Kind: Paragraph, Text: s, Body: s} }
func head(s string) blockView { return blockView{Kind: Heading, Text: s, Body: s} }
func title(s string) blockView {
	return blockView{Kind: Title, Text: s, Body: s}
}

func TestBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []blockView
	}{
		{"date line, title, paragraph",
			"date 2021-02-02\nReadout of President Biden's Call with Prime Minister Kishida\n\nThe President spoke today. They discussed trade.",
			[]blockView{
				{Kind: DateLine, Text: "date 2021-02-02", Body: "date 2021-02-02"},
				title("Readout of President Biden's Call with Prime Minister Kishida"),
				para("The President spoke today. They discussed trade."),
			}},
		{"date line with text on the same line",
			" date 2024-03-26 In a development, Russia spoke. Peskov agreed.",
			[]blockView{
				{Kind: DateLine, Text: "date 2024-03-26", Body: "date 2024-03-26"},
				para("In a development, Russia spoke. Peskov agreed."),
			}},
		{"first line of several sentences is no title",
			"Russia has expressed its willingness to engage. Kremlin spokesperson Dmitry Peskov emphasized it.\nFocus Areas for Upcoming Talks",
			[]blockView{
				para("Russia has expressed its willingness to engage. Kremlin spokesperson Dmitry Peskov emphasized it."),
				head("Focus Areas for Upcoming Talks"),
			}},
		{"all caps title ending in an abbreviation",
			"CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.\n\nPEKING, March 3 - China said.",
			[]blockView{
				title("CHINA CALLS FOR BETTER TRADE DEAL WITH U.S."),
				para("PEKING, March 3 - China said."),
			}},
		{"a bare dateline is no title",
			"NAIROBI, Kenya (AP) _\n\nSuspected bombs exploded outside the U.S. embassies.",
			[]blockView{
				para("NAIROBI, Kenya (AP) _"),
				para("Suspected bombs exploded outside the U.S. embassies."),
			}},
		{"a one-sentence lede is no title",
			"Russia said on Monday it was ready for talks with the United States.\nPeskov agreed.",
			[]blockView{
				para("Russia said on Monday it was ready for talks with the United States."),
				para("Peskov agreed."),
			}},
		{"a long title without a full stop",
			"Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan's Call with Ibrahim Kalin, Spokesperson and Chief Advisor to the President of Turkey\n\nBody.",
			[]blockView{
				title("Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan's Call with Ibrahim Kalin, Spokesperson and Chief Advisor to the President of Turkey"),
				para("Body."),
			}},
		{"all caps wire title",
			"U.S. TREASURY PART OF ARGENTINE BRIDGE LOAN\n\nWASHINGTON, Feb 26 - The U.S. Treasury said it was willing.",
			[]blockView{
				title("U.S. TREASURY PART OF ARGENTINE BRIDGE LOAN"),
				para("WASHINGTON, Feb 26 - The U.S. Treasury said it was willing."),
			}},
		{"headings, including title-cased questions",
			"Title\nInitiation of Diplomatic Discussions\nThe talks began.\nWhat Is the Role of Third Countries in Facilitating These Talks?\nhow Likely Is Progress on Arms Control?\nWhy does this matter so much to us?",
			[]blockView{
				title("Title"),
				head("Initiation of Diplomatic Discussions"),
				para("The talks began."),
				head("What Is the Role of Third Countries in Facilitating These Talks?"),
				head("how Likely Is Progress on Arms Control?"),
				para("Why does this matter so much to us?"),
			}},
		{"table of contents",
			"Title\nTable of Contents\n- First Part\n- Final Thoughts: The Path Forward\nThe body starts here.\n- a normal list item",
			[]blockView{
				title("Title"),
				head("Table of Contents"),
				{Kind: TOCItem, Text: "- First Part", Body: "First Part"},
				{Kind: TOCItem, Text: "- Final Thoughts: The Path Forward", Body: "Final Thoughts: The Path Forward"},
				para("The body starts here."),
				{Kind: ListItem, Text: "- a normal list item", Body: "a normal list item"},
			}},
		{"list markers",
			"Title\n- dash item\n* star item\n\u2022 bullet item\n1. numbered item\n2) paren item\n(3) bracketed item\na) letter item\n(12) two-digit item\n(iv) roman in brackets\niv. roman item\n-5 degrees is no item",
			[]blockView{
				title("Title"),
				{Kind: ListItem, Text: "- dash item", Body: "dash item"},
				{Kind: ListItem, Text: "* star item", Body: "star item"},
				{Kind: ListItem, Text: "\u2022 bullet item", Body: "bullet item"},
				{Kind: ListItem, Text: "1. numbered item", Body: "numbered item"},
				{Kind: ListItem, Text: "2) paren item", Body: "paren item"},
				{Kind: ListItem, Text: "(3) bracketed item", Body: "bracketed item"},
				{Kind: ListItem, Text: "a) letter item", Body: "letter item"},
				{Kind: ListItem, Text: "(12) two-digit item", Body: "two-digit item"},
				{Kind: ListItem, Text: "(iv) roman in brackets", Body: "roman in brackets"},
				{Kind: ListItem, Text: "iv. roman item", Body: "roman item"},
				head("-5 degrees is no item"),
			}},
		{"pipe table",
			"Title\nBelow is a summary:\nDate | Event | Outcome |\n---|---|---|\nJune 2023 | Initial talks in Geneva | Agreement |\n| august 2023 |  | Commitment |\nAfter the table.",
			[]blockView{
				title("Title"),
				para("Below is a summary:"),
				{Kind: TableHeader, Text: "Date | Event | Outcome |", Body: "Date | Event | Outcome |", Cells: []string{"Date", "Event", "Outcome"}},
				{Kind: TableRule, Text: "---|---|---|", Body: "---|---|---|"},
				{Kind: TableRow, Text: "June 2023 | Initial talks in Geneva | Agreement |", Body: "June 2023 | Initial talks in Geneva | Agreement |", Cells: []string{"June 2023", "Initial talks in Geneva", "Agreement"}},
				{Kind: TableRow, Text: "| august 2023 |  | Commitment |", Body: "| august 2023 |  | Commitment |", Cells: []string{"august 2023", "", "Commitment"}},
				para("After the table."),
			}},
		{"one pipe is no table",
			"Title\nPress Briefing | The White House",
			[]blockView{title("Title"), head("Press Briefing | The White House")}},
		{"interview turns",
			"Title\nSenior Editor: Why is this moment pivotal?\nDr. Elena Ivanova: This moment is critical.\ndr. elena Ivanova: Lower-case label.\nFinal thoughts: Dr. Ivanova highlights the role.",
			[]blockView{
				title("Title"),
				{Kind: Turn, Text: "Senior Editor: Why is this moment pivotal?", Label: "Senior Editor", Body: "Why is this moment pivotal?"},
				{Kind: Turn, Text: "Dr. Elena Ivanova: This moment is critical.", Label: "Dr. Elena Ivanova", Body: "This moment is critical."},
				{Kind: Turn, Text: "dr. elena Ivanova: Lower-case label.", Label: "dr. elena Ivanova", Body: "Lower-case label."},
				para("Final thoughts: Dr. Ivanova highlights the role."),
			}},
		{"press briefing turns",
			"Title\n\nMS. JEAN-PIERRE:  Good afternoon.\n\nQ    Thank you, Karine.\n\nQ Thanks.\n\nQ:  One more?\n\nTHE PRESIDENT:  Thank you all.\n\nSENIOR ADMINISTRATION OFFICIAL:  Hi.\n\nSen. John Fetterman (D-PA): We agree.",
			[]blockView{
				title("Title"),
				{Kind: Turn, Text: "MS. JEAN-PIERRE:  Good afternoon.", Label: "MS. JEAN-PIERRE", Body: "Good afternoon."},
				{Kind: Turn, Text: "Q    Thank you, Karine.", Label: "Q", Body: "Thank you, Karine."},
				{Kind: Turn, Text: "Q Thanks.", Label: "Q", Body: "Thanks."},
				{Kind: Turn, Text: "Q:  One more?", Label: "Q", Body: "One more?"},
				{Kind: Turn, Text: "THE PRESIDENT:  Thank you all.", Label: "THE PRESIDENT", Body: "Thank you all."},
				{Kind: Turn, Text: "SENIOR ADMINISTRATION OFFICIAL:  Hi.", Label: "SENIOR ADMINISTRATION OFFICIAL", Body: "Hi."},
				{Kind: Turn, Text: "Sen. John Fetterman (D-PA): We agree.", Label: "Sen. John Fetterman (D-PA)", Body: "We agree."},
			}},
		{"wikinews interview turns",
			"Title\n((WN)) How did you cope with that?\n((Valeria Gazzola)) Yeah.\n((unclosed label text",
			[]blockView{
				title("Title"),
				{Kind: Turn, Text: "((WN)) How did you cope with that?", Label: "WN", Body: "How did you cope with that?"},
				{Kind: Turn, Text: "((Valeria Gazzola)) Yeah.", Label: "Valeria Gazzola", Body: "Yeah."},
				head("((unclosed label text"),
			}},
		{"A with two spaces is an answer only after Q turns",
			"Title\nA  typo with two spaces.\nQ    Is it?\nA    It is.",
			[]blockView{
				title("Title"),
				para("A  typo with two spaces."),
				{Kind: Turn, Text: "Q    Is it?", Label: "Q", Body: "Is it?"},
				{Kind: Turn, Text: "A    It is.", Label: "A", Body: "It is."},
			}},
		{"colon lines that are not turns",
			"Title\nNote: The call was on background.\nWashington: The talks resumed.\nMake no mistake: we are ready.\nFACT SHEET: A New Partnership.\nNuclear Arms Control: The treaty expires.\nKey topics likely to be on the agenda include:\nThe time was 1:48 PM.",
			[]blockView{
				title("Title"),
				para("Note: The call was on background."),
				para("Washington: The talks resumed."),
				para("Make no mistake: we are ready."),
				para("FACT SHEET: A New Partnership."),
				para("Nuclear Arms Control: The treaty expires."),
				para("Key topics likely to be on the agenda include:"),
				para("The time was 1:48 PM."),
			}},
		{"a recurring label is a turn without a role word",
			"Title\nPutin: We are ready.\nTrump: So are we.\nPutin: Good.\nTrump: Fine.",
			[]blockView{
				title("Title"),
				{Kind: Turn, Text: "Putin: We are ready.", Label: "Putin", Body: "We are ready."},
				{Kind: Turn, Text: "Trump: So are we.", Label: "Trump", Body: "So are we."},
				{Kind: Turn, Text: "Putin: Good.", Label: "Putin", Body: "Good."},
				{Kind: Turn, Text: "Trump: Fine.", Label: "Trump", Body: "Fine."},
			}},
		{"hard-wrapped paragraph lines join",
			"Title\nRyabkov stated that the aim is to normalize relations with Russia\nand to deal with dangerous situations.\nHe outlined two tracks\nfor discussion: Ukraine and bilateral issues.",
			[]blockView{
				title("Title"),
				para("Ryabkov stated that the aim is to normalize relations with Russia\nand to deal with dangerous situations."),
				para("He outlined two tracks\nfor discussion: Ukraine and bilateral issues."),
			}},
		{"a line ending on a function word continues",
			"Title\nRussia and the United States held talks with\nSaudi officials in Riyadh on Tuesday, a ministry said,\nAccording to the agency.\nShort Heading",
			[]blockView{
				title("Title"),
				para("Russia and the United States held talks with\nSaudi officials in Riyadh on Tuesday, a ministry said,\nAccording to the agency."),
				head("Short Heading"),
			}},
		{"a heading may end on a preposition",
			"Title\nWhat to Watch For\nThe summit begins on Monday.",
			[]blockView{title("Title"), head("What to Watch For"), para("The summit begins on Monday.")}},
		{"a wrapped title ending on an article continues",
			"Russia and the\nUnited States Hold Talks\n\nBody text.",
			[]blockView{title("Russia and the\nUnited States Hold Talks"), para("Body text.")}},
		{"a title-cased heading does not absorb a lower-case line",
			"Title\nFocus Areas for Upcoming Talks\nthe scope is broad.",
			[]blockView{
				title("Title"),
				head("Focus Areas for Upcoming Talks"),
				para("the scope is broad."),
			}},
		{"blank lines and carriage returns",
			"Title\r\n\r\n  First paragraph.  \r\n\r\nSecond paragraph.\r\n",
			[]blockView{title("Title"), para("First paragraph."), para("Second paragraph.")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := viewBlocks(Analyze(tc.in))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("blocks of %q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestSpeakerTurn(t *testing.T) {
	d := Analyze("Press Briefing\n\nMS. PSAKI:  Good afternoon.\n\nSecond paragraph of her answer.\n\nQ    Thank you.\n\nMS. PSAKI:  Sure.\n\nA Heading Line\n\nAfter the heading.")
	tests := []struct {
		name  string
		block int
		want  int
	}{
		{"title before any turn", 0, -1},
		{"the turn itself", 1, 1},
		{"unlabelled continuation", 2, 1},
		{"a question turn", 3, 3},
		{"answer turn", 4, 4},
		{"heading ends the transcript run", 5, -1},
		{"paragraph after the heading", 6, -1},
		{"out of range", 99, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.SpeakerTurn(tc.block); got != tc.want {
				t.Errorf("SpeakerTurn(%d) = %d, want %d (blocks %v)", tc.block, got, tc.want, viewBlocks(d))
			}
		})
	}
}

func TestAccessors(t *testing.T) {
	d := Analyze("Title Line\n\nRussia's envoy spoke.")
	tests := []struct {
		name      string
		got, want any
	}{
		{"BlockAt in the title", d.BlockAt(3), 0},
		{"BlockAt on the blank line", d.BlockAt(11), -1},
		{"BlockAt in the paragraph", d.BlockAt(14), 1},
		{"BlockAt past the end", d.BlockAt(500), -1},
		{"TokText", d.TokText(2), "Russia"},
		{"TokLower", d.TokLower(2), "russia"},
		{"possessive token", d.TokText(3), "'s"},
		{"Lower", d.Lower(0, 5), "title"},
		{"Text", d.Text(0, 5), "Title"},
		{"SentText", d.SentText(1), "Russia's envoy spoke."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
}
