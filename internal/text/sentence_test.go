package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sentTexts(d *Doc) []string {
	out := make([]string, len(d.Sents))
	for i := range d.Sents {
		out[i] = d.SentText(i)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two plain sentences",
			"The leaders met in Geneva. They agreed to talk again.",
			[]string{"The leaders met in Geneva.", "They agreed to talk again."}},
		{"U.S. mid-sentence before a noun",
			"The U.S. President spoke with Mr. Putin by phone.",
			[]string{"The U.S. President spoke with Mr. Putin by phone."}},
		{"U.S. ends a sentence before a starter",
			"Russia wants talks with the U.S. The Kremlin said so on Monday.",
			[]string{"Russia wants talks with the U.S.", "The Kremlin said so on Monday."}},
		{"titles never end a sentence",
			"Gen. Mark Milley met Sen. Jim Risch and Dr. Jill Biden. Lt. Col. Vindman testified.",
			[]string{"Gen. Mark Milley met Sen. Jim Risch and Dr. Jill Biden.", "Lt. Col. Vindman testified."}},
		{"initials",
			"President John F. Kennedy and Joseph R. Biden, Jr. Call with leaders.",
			[]string{"President John F. Kennedy and Joseph R. Biden, Jr. Call with leaders."}},
		{"decimals and amounts",
			"Output grew 3.5 pct in 1986. It fell 1.2 pct in January.",
			[]string{"Output grew 3.5 pct in 1986.", "It fell 1.2 pct in January."}},
		{"closing quote stays with the sentence",
			`"We are ready for talks." The minister left.`,
			[]string{`"We are ready for talks."`, "The minister left."}},
		{"statement in quotes before a reporting verb",
			`"The talks will resume." said the envoy. Then he left.`,
			[]string{`"The talks will resume." said the envoy.`, "Then he left."}},
		{"question in quotes before lower case",
			`"Why now?" he asked. Nobody answered.`,
			[]string{`"Why now?" he asked.`, "Nobody answered."}},
		{"missing space before a capital",
			"to global stability.The diplomatic dialogue will focus on it.",
			[]string{"to global stability.", "The diplomatic dialogue will focus on it."}},
		{"missing space before lower case",
			"outcomes of these high-stakes talks.how do you view the role of diplomacy?",
			[]string{"outcomes of these high-stakes talks.", "how do you view the role of diplomacy?"}},
		{"domain is not a boundary",
			"Details are at whitehouse.gov today.",
			[]string{"Details are at whitehouse.gov today."}},
		{"mis-cased start after a period",
			"It was reported by Ria Novosti. the Deputy Foreign Minister spoke.",
			[]string{"It was reported by Ria Novosti.", "the Deputy Foreign Minister spoke."}},
		{"abbreviation lists",
			"They discussed energy, trade, etc. and other issues, i.e. sanctions, e.g. on oil.",
			[]string{"They discussed energy, trade, etc. and other issues, i.e. sanctions, e.g. on oil."}},
		{"company abbreviation then a starter",
			"The deal was signed by Gazprom Inc. It takes effect in May.",
			[]string{"The deal was signed by Gazprom Inc.", "It takes effect in May."}},
		{"months and numbers",
			"The talks begin Jan. 15 in Riyadh. No. 10 Downing Street was briefed.",
			[]string{"The talks begin Jan. 15 in Riyadh.", "No. 10 Downing Street was briefed."}},
		{"time of day then starter",
			"The call ended at 5:33 p.m. The readout followed.",
			[]string{"The call ended at 5:33 p.m.", "The readout followed."}},
		{"exclamation and question",
			"We will not stop! Will they? Yes.",
			[]string{"We will not stop!", "Will they?", "Yes."}},
		{"ellipsis before a capital",
			"We hoped... The talks failed.",
			[]string{"We hoped...", "The talks failed."}},
		{"brackets closed after period",
			"(Inaudible.) Thank you.",
			[]string{"(Inaudible.)", "Thank you."}},
		{"no punctuation at all",
			"talks continue",
			[]string{"talks continue"}},
		{"saint and street",
			"He flew to St. Petersburg for talks.",
			[]string{"He flew to St. Petersburg for talks."}},
		{"comma after period is no boundary",
			"The U.N., the E.U. and NATO met.",
			[]string{"The U.N., the E.U. and NATO met."}},
		{"sentence never crosses a block",
			"First line without a stop\n\nSecond paragraph here.",
			[]string{"First line without a stop", "Second paragraph here."}},
		{"turn label is outside the sentence",
			"Senior Editor: What now? Tell us.",
			[]string{"What now?", "Tell us."}},
		{"list marker is outside the sentence",
			"Topics include:\n- Nuclear Arms Control: treaties.",
			[]string{"Topics include:", "Nuclear Arms Control: treaties."}},
		{"white house readout",
			"President Joseph R. Biden, Jr. spoke today with Prime Minister Kishida of Japan. The leaders discussed the U.S.-Japan Alliance. They agreed to stay in close touch.",
			[]string{"President Joseph R. Biden, Jr. spoke today with Prime Minister Kishida of Japan.", "The leaders discussed the U.S.-Japan Alliance.", "They agreed to stay in close touch."}},
		{"press briefing fragments",
			"Thanks, Karine.  Two questions.  One on Russia: Is the U.S. prepared to respond?  (Laughter.)  Go ahead.",
			[]string{"Thanks, Karine.", "Two questions.", "One on Russia: Is the U.S. prepared to respond?", "(Laughter.)", "Go ahead."}},
		{"reuters wire with dateline and amounts",
			"WASHINGTON, March 2 - The U.S. Treasury said it would lend 500 mln dlrs. Officials said the loan, at 7.5 pct, was approved on Feb. 26.",
			[]string{"WASHINGTON, March 2 - The U.S. Treasury said it would lend 500 mln dlrs.", "Officials said the loan, at 7.5 pct, was approved on Feb. 26."}},
		{"wikinews with quotes and attribution",
			"\u201cWe will not accept this,\u201d said the ministry\u2019s spokesperson. The statement, issued Tuesday, called for talks.",
			[]string{`"We will not accept this," said the ministry's spokesperson.`, "The statement, issued Tuesday, called for talks."}},
		{"two sentences inside one quote",
			`He said: "We are ready. The ball is in their court." Nobody replied.`,
			[]string{`He said: "We are ready.`, `The ball is in their court."`, "Nobody replied."}},
		{"military and civil titles",
			"Adm. John Kirby, Capt. Ray Smith and Prof. Jane Doe attended. Gov. Newsom did not.",
			[]string{"Adm. John Kirby, Capt. Ray Smith and Prof. Jane Doe attended.", "Gov. Newsom did not."}},
		{"U.N. before a capitalised non-starter",
			"The U.N. Security Council met on Monday.",
			[]string{"The U.N. Security Council met on Monday."}},
		{"all-caps headline abbreviation",
			"REAGAN SAYS U.S. TO OFFER MISSILE TREATY",
			[]string{"REAGAN SAYS U.S. TO OFFER MISSILE TREATY"}},
		{"versus and numero",
			"It was Russia vs. Ukraine in case No. 12. The court ruled.",
			[]string{"It was Russia vs. Ukraine in case No. 12.", "The court ruled."}},
		{"percent and decimals at the end",
			"Growth slowed to 2.5%. Inflation rose.",
			[]string{"Growth slowed to 2.5%.", "Inflation rose."}},
		{"question mark before a comma",
			"Who is responsible?, he asked.",
			[]string{"Who is responsible?, he asked."}},
		{"date line has no sentence",
			"date 2024-03-26\nTitle Here",
			[]string{"Title Here"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentTexts(Analyze(tc.in))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("sentences of %q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestSentenceAtTokenAt(t *testing.T) {
	d := Analyze("Senior Editor: What now? Tell us.")
	tests := []struct {
		name     string
		pos      int
		wantSent int
		wantTok  int
	}{
		{"in the label", 2, -1, 0},
		{"first sentence", 16, 0, 3},
		{"second sentence", 26, 1, 6},
		{"past the end", 100, -1, len(d.Toks)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.SentenceAt(tc.pos); got != tc.wantSent {
				t.Errorf("SentenceAt(%d) = %d, want %d", tc.pos, got, tc.wantSent)
			}
			if got := d.TokenAt(tc.pos); got != tc.wantTok {
				t.Errorf("TokenAt(%d) = %d, want %d", tc.pos, got, tc.wantTok)
			}
		})
	}
}
