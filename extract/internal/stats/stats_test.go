package stats

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
	"github.com/newsclaims/claims/extract/internal/money"
	"github.com/newsclaims/claims/extract/internal/nlp"
	"github.com/newsclaims/claims/internal/eval"
	"github.com/newsclaims/claims/internal/peersuite"
)

// tagger tags runs of toks as Extract does.
func tagger(toks []lexer.Token) Tagger {
	var s nlp.Sentence
	s.Reset(toks)
	return func(lo, hi int) []string {
		tags, err := s.Tag(lo, hi)
		if err != nil {
			return nil
		}
		return tags
	}
}

// find runs Find on one made-up sentence, skipping its money as Extract
// does.
func find(text string) []Stat {
	toks := lexer.Tokenize(text)
	var skip []Span
	for _, m := range money.Find(toks, nil) {
		skip = append(skip, Span{m.Start, m.End})
	}
	return Find(text, toks, skip, tagger(toks))
}

// show writes a statistic as "text|kind|value|qualifier|subject|change".
func show(s Stat) string {
	ch := ""
	if s.Change != nil {
		ch = s.Change.Direction + ":" + s.Change.Cue
		if s.Change.From >= 0 {
			ch += fmt.Sprintf(":from%d", s.Change.From)
		}
	}
	v := s.Value.String()
	if s.Vague {
		v = "~" + s.Low.String() + "-" + s.High.String()
	} else if s.Low != nil {
		v = s.Low.String() + "-" + s.High.String()
	}
	return strings.Join([]string{s.Text(), s.Kind, v, s.Qualifier, s.Subject, ch}, "|")
}

// Text is a test helper: the figure's text is not kept in Stat.
func (s Stat) Text() string { return testText[s.Start:s.End] }

var testText string

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// kinds
		{"Officials said 9,400 people had been deported.", []string{"9,400|count|9400|exact|people|"}},
		{"Turnout rose 14 percent last year.", []string{"14 percent|percent|14|exact|Turnout|up:rose"}},
		{"About 14% of voters stayed at home.", []string{"14%|percent|14|about|voters|"}},
		{"Prices were 3 per cent higher.", []string{"3 per cent|percent|3|exact|Prices|up:higher"}},
		{"Sales grew 14pc in March.", []string{"14pc|percent|14|exact|Sales|up:grew"}},
		{"Labour's lead rose by 3 percentage points.", []string{"3 percentage points|percentage_points|3|exact|Labour's lead|up:rose"}},
		{"Almost a fifth of pupils missed school.", []string{"a fifth|fraction|0.2|almost|pupils|"}},
		{"Two-thirds of members voted for the plan.", []string{"Two-thirds|fraction|0.6666666666666667|exact|members|"}},
		{"More than half of the workers were sacked.", []string{"half|fraction|0.5|more_than|workers|"}},
		{"One in five adults has tried it.", []string{"One in five|ratio|0.2|exact|adults|"}},
		{"Complaints have doubled since the spring.", []string{"doubled|multiple|2|exact|Complaints|up:doubled"}},
		{"Arrests nearly doubled after the raid.", []string{"doubled|multiple|2|almost|Arrests|up:doubled"}},
		{"Women are three times as likely to be affected.", []string{"three times|multiple|3|exact|Women|"}},
		{"The rate is 12 per 100,000 people.", []string{"12 per 100,000|rate|12|exact|people|"}},
		{"Hundreds of protesters gathered outside.", []string{"Hundreds|count|~100-999|exact|protesters|"}},
		{"Tens of thousands of fans attended.", []string{"Tens of thousands|count|~10000-99999|exact|fans|"}},
		{"The summit drew several hundred delegates.", []string{"several hundred|count|~100-999|exact|delegates|"}},
		{"They get a few thousand visitors a day.", []string{"a few thousand|count|~1000-9999|exact|visitors|"}},
		{"Sea crossings, which topped 3,000 last month, are rising.", []string{"3,000|count|3000|more_than|Sea crossings|"}},
		{"Membership fell from 20,000 to 15,000.", []string{"20,000|count|20000|exact|Membership|", "15,000|count|15000|exact|Membership|down:fell:from0"}},
		{"Between 10 and 15% of firms failed.", []string{"10 and 15%|percent|10-15|exact|firms|"}},
		{"Some 40-odd people came.", []string{"40|count|40|about|people|"}},
		// not statistics
		{"The firm was founded in 1998 and sold in 2004.", nil},
		{"The vote is on Nov. 4 and the result on July 4.", nil},
		{"Updated: 0:00", nil},
		{"The cuts will come over the next two years.", nil},
		{"A man aged 45 was arrested.", nil},
		{"The 34-year-old was arrested.", nil},
		{"She finished 14th in the race.", nil},
		{"Covid-19 and Article 50 dominated the debate.", nil},
		{"The G7 met near the M25.", nil},
		{"See page 5 and section 3 for details.", nil},
		{"She is the one who called.", nil},
		{"The team won 3-1 on Saturday.", nil},
		{"The firm made £5m and $3bn last year.", nil},
		{"He pledged to double the funding for the unit.", nil},
		{"Funding will be doubled to £150 million.", nil},
		{"Visit www.example.com/page?id=30%25 for more.", nil},
		{"He played in the Six Nations and on Five Live.", nil},
		{"The business grew in the second half of the year.", nil},
		{"It is a third runway for the airport.", nil},
		{"They reached the last 16.", nil},
		{"The stars, Jones, 31, and Smith, 30, were charged.", nil},
		{"Fans aged 18 to 24 were asked.", nil},
		{"The film appeared in '94.", nil},
		{"It was a risqu&#233; joke.", nil},
		{"Airbus showed its 7E7 rival.", nil},
		{"The winner was more than half-a-second clear.", nil},
		{"The club - 17 places lower - lost.", []string{"17|count|17|exact|places|"}},
		{"Jones slid in a third, and Smith added a fourth.", nil},
		{"The 10,000m hope tested positive.", nil},
		{"They met at 10 Downing Street.", nil},
		{"With his ranking down at 168, he battled back.", nil},
		{"The suits sold for $110,00 at auction.", nil},
		{"They want to increase the number of users from 95 million to 200 million.", []string{"95 million|count|95000000|exact|number of users|", "200 million|count|200000000|exact|number of users|up:from:from0"}},
		{"This compares to 14% of those aged 30-39.", []string{"14%|percent|14|exact|those aged 30-39|"}},
		{"It can magnify text by up to 10 times.", []string{"10 times|multiple|10|up_to|text|"}},
		{"Judges backed it by an eight to one majority.", nil},
		{"He doubted promises of doubled economic growth.", []string{"doubled|multiple|2|exact|economic growth|up:doubled"}},
		{"Three leading UK video game companies closed.", []string{"Three|count|3|exact|leading UK video game companies|"}},
		{"The plan would allow 100% foreign ownership.", []string{"100%|percent|100|exact|foreign ownership|"}},
		{"Some 26% used default settings compared to 30% in Paris.", []string{"26%|percent|26|about||", "30%|percent|30|exact||"}},
		{"The unemployment rate stayed at 5.4% in May.", []string{"5.4%|percent|5.4|exact|unemployment rate|"}},
		{"Data showed a 0.2% slip in sales.", []string{"0.2%|percent|0.2|exact|sales|down:slip"}},
		{"Pupils between the ages of 16 and 18 were asked.", nil},
		{"They want a new 50% tax band.", []string{"50%|percent|50|exact|tax band|"}},
		{"The number of films produced in the UK fell 40%.", []string{"40%|percent|40|exact|number of films produced in the UK|down:fell"}},
		{"This outturn (of 0.7%) was a surprise.", []string{"0.7%|percent|0.7|exact|outturn|"}},
		{"A chunk of net users, 36%, search weekly.", []string{"36%|percent|36|exact|chunk of net users|"}},
		{"There were three million unemployed.", []string{"three million|count|3000000|exact|unemployed|"}},
		{"He picked questions from thousands e-mailed to him.", []string{"thousands|count|~1000-9999|exact||"}},
		{"Both studies are based on the two parties' own research.", []string{"two|count|2|exact|parties|"}},
		{"Consumer spending - which drives two thirds of the economy - grew just 0.2%.", []string{"two thirds|fraction|0.6666666666666667|exact|economy|", "0.2%|percent|0.2|exact|Consumer spending|up:grew"}},
		{"Shares rose before ending Friday 0.24% lower.", []string{"0.24%|percent|0.24|exact||down:lower"}},
		{"He doubled the level at which buyers pay duty to £120,000.", nil},
		{"The song went down three places to 10.", []string{"three|count|3|exact|places|"}},
		{"The Spectrum had 16k.", nil},
		{"They offered standard 512K broadband.", nil},
		{"It includes an 802.11b wireless network.", nil},
		{"The deficit hit a record Australian dollar 29.4bn.", nil},
		{"The march drew 30k people.", []string{"30k|count|30000|exact|people|"}},
		{"Vehicle sales rose 8% to 4.7 million.", []string{"8%|percent|8|exact|Vehicle sales|up:rose", "4.7 million|count|4700000|exact|Vehicle sales|"}},
		{"The deal 'may cost 2,000 jobs'", []string{"2,000|count|2000|exact|jobs|"}},
		{"Only 12% of those surveyed could not swap.", []string{"12%|percent|12|exact|those surveyed|"}},
		{"China increased its generating capacity by 12.6% to 440 megawatts.", []string{"12.6%|percent|12.6|exact|generating capacity|up:increased", "440|count|440|exact|megawatts|"}},
		{"Sales rose 4% to 36bn kroner.", []string{"4%|percent|4|exact|Sales|up:rose"}},
		{"He predicted economic growth of 7.1% next year, up from 6.7% this year.", []string{"7.1%|percent|7.1|exact|economic growth|up:growth", "6.7%|percent|6.7|exact|economic growth|"}},
		{"It aims to reduce its workforce by between 7,000 and 8,000 annually.", []string{"7,000 and 8,000|count|7000-8000|exact|workforce|down:reduce"}},
		{"Estimates put the attendance there at 200,000.", []string{"200,000|count|200000|exact|attendance|"}},
		{"Shares in the owner - which holds 46% of the airline - dropped 31%.", []string{"46%|percent|46|exact|airline|", "31%|percent|31|exact|Shares in the owner|down:dropped"}},
		{"The blogosphere, has doubled in size.", []string{"doubled|multiple|2|exact|blogosphere|up:doubled"}},
		{"The number of films released rose to 310 from 287.", []string{"310|count|310|exact|number of films released|up:rose:from1", "287|count|287|exact|number of films released|"}},
		{"They cancelled 77 short and medium-distance flights.", []string{"77|count|77|exact|short and medium-distance flights|"}},
		{"Of the companies surveyed, 30% saw orders rise.", []string{"30%|percent|30|exact|companies surveyed|"}},
		{"It was followed by the band at five with a new record.", nil},
		{"Households with people over 80 get more.", nil},
		{"Shows are aimed at children as young as 12.", nil},
		{"BMW forecast sales growth of at least 10% in Asia.", []string{"10%|percent|10|at_least|sales|up:growth"}},
		{"Sales dropped by 1% after a 0.6% rise in May.", []string{"1%|percent|1|exact|Sales|down:dropped", "0.6%|percent|0.6|exact|Sales|up:rise"}},
		{"Films will bring in billions of revenue.", nil},
		{"It will cut its workforce by between 7,000 and 8,000.", []string{"7,000 and 8,000|count|7000-8000|exact|workforce|down:cut"}},
		{"Shares in the bank were trading down 0.67%.", []string{"0.67%|percent|0.67|exact|Shares in the bank|down:down"}},
		{"Halo 2 is out on Tuesday.", nil},
		{"Traffic on the network increased fourfold.", []string{"fourfold|multiple|4|exact|Traffic on the network|up:increased"}},
		{"He won 121 of his 147 matches.", []string{"121|count|121|exact|147 matches|", "147|count|147|exact|matches|"}},
		{"Three of the new so-called top level domains were approved.", []string{"Three|count|3|exact|new so-called top level domains|"}},
		{"They kept all but 92 of the Lords' 750 hereditary peers.", []string{"92|count|92|exact|Lords' 750 hereditary peers|", "750|count|750|exact|hereditary peers|"}},
		{"Of those asked, 30% saw orders rise.", []string{"30%|percent|30|exact||"}},
		{"The machine that opens next year will be five times faster.", []string{"five times|multiple|5|exact|machine|"}},
		{"He won a runaway 800m victory in Munich.", nil},
		{"The group was left with three core divisions: games and films.", []string{"three|count|3|exact|core divisions|"}},
		{"Loans rose above November's low of 77,000.", []string{"77,000|count|77000|exact||"}},
		{"He listed the nine \"most useless quangos\".", []string{"nine|count|9|exact|most useless quangos|"}},
		{"The Dow closed down 0.89 points, or 0.01%, at 10,385.", []string{"0.89|count|0.89|exact|points|down:down", "0.01%|percent|0.01|exact|Dow|", "10,385|count|10385|exact|Dow|"}},
		{"2) The plan needs money.", nil},
		{"Two facts: 1) it is late.", []string{"Two|count|2|exact|facts|"}},
		{"Bars may open until three or four in the morning.", nil},
		{"Sales rose 5% in the quarter.", []string{"5%|percent|5|exact|Sales|up:rose"}},
		{"He sold his 19 Entertainment company.", nil},
		{"She won the title six times.", []string{"six|count|6|exact|times|"}},
		{"I first played it three, four years ago.", nil},
		{"Gross domestic product (GDP) rose by 0.8% in the quarter.", []string{"0.8%|percent|0.8|exact|Gross domestic product|up:rose"}},
		{"He became an MP at 27 and leader at 36.", nil},
		{"At 34, Jones knows time is short.", nil},
		{"The man was about 5' 10\" tall.", nil},
		{"The killer, John Smith, 17 - who was jailed - copied it.", nil},
		{"Trade balances will deteriorate by over 2%.", []string{"2%|percent|2|more_than|Trade balances|down:deteriorate"}},
		{"The country doubled the likely cost of rebuilding.", nil},
		{"The economy has expanded by a breakneck 9.5%.", []string{"9.5%|percent|9.5|exact|economy|up:expanded"}},
		{"3G mobile ownership is growing to five million.", []string{"five million|count|5000000|exact|3G mobile ownership|up:growing"}},
		{"The bank left its interest rate unchanged at 2%.", []string{"2%|percent|2|exact|interest rate|"}},
		{"The population is expected to increase by 46%.", []string{"46%|percent|46|exact|population|up:increase"}},
		{"Piracy is estimated at 92%.", []string{"92%|percent|92|exact|Piracy|"}},
		{"Users often print two or three pictures.", []string{"two or three|count|2-3|exact|pictures|"}},
		{"Critics loved The 39 Steps.", nil},
		{"He attacked the last 200m to win.", nil},
		{"The margin was below the 47.3% forecast by analysts.", []string{"47.3%|percent|47.3|exact||"}},
		{"The firm has a 95% share of the handheld gaming market.", []string{"95%|percent|95|exact|share of the handheld gaming market|"}},
		{"It left its store sales 5% higher.", []string{"5%|percent|5|exact|store sales|up:higher"}},
		{"The index of leading shares gained 7.6%.", []string{"7.6%|percent|7.6|exact|index of leading shares|up:gained"}},
		{"They won two of their last three visits.", []string{"two|count|2|exact|last three visits|", "three|count|3|exact|visits|"}},
		{"Of those aged between 18 and 34, many did not vote.", nil},
		{"Staff accepted a 32% pay cut.", []string{"32%|percent|32|exact|pay|down:cut"}},
		{"The family owns a 29% stake in the club.", []string{"29%|percent|29|exact|stake|"}},
		{"I cannot run for two or three weeks.", nil},
		{"He could be back within a year or two.", nil},
		{"Tokyo's Nikkei 225 dropped 2.1%.", []string{"2.1%|percent|2.1|exact|Tokyo's Nikkei 225|down:dropped"}},
		{"One in ten e-mail users buys from spam.", []string{"One in ten|ratio|0.1|exact|e-mail users|"}},
		{"More than five million have downloaded it.", []string{"five million|count|5000000|more_than||"}},
		{"He took his goal haul to 13 for the season.", []string{"13|count|13|exact|goal haul|"}},
		{"The economy expanded by 1.3%.", []string{"1.3%|percent|1.3|exact|economy|up:expanded"}},
		{"The index closed at 3.817.69 on Friday.", nil},
		{"It is hard to beat a top-five player.", nil},
		{"\"We lost,\" Ten Cate said.", nil},
		{"Spam cost the company billions.", nil},
		{"Customers increased, rising to 5.1 million.", []string{"5.1 million|count|5100000|exact|Customers|up:rising"}},
		{"He trimmed its workforce by about 200,000.", []string{"200,000|count|200000|about|workforce|down:trimmed"}},
		{"There are hundreds and hundreds of characters.", []string{"hundreds and hundreds|count|~100-999|exact|characters|"}},
		{"A rebate will cover half their bill.", []string{"half|fraction|0.5|exact|bill|"}},
		{"I am 25.", nil},
		{"Robinson out of Six Nations", nil},
		{"Shares stayed around the three million mark.", []string{"three million|count|3000000|about||"}},
		{"They won by 297 votes to 203.", []string{"297|count|297|exact|votes|", "203|count|203|exact|votes|"}},
		{"A previous estimate of 0.1% growth was cut.", []string{"0.1%|percent|0.1|exact|growth|up:growth"}},
		{"The index rose 0.9% to 2,004.", []string{"0.9%|percent|0.9|exact|index|up:rose", "2,004|count|2004|exact|index|"}},
		{"Banks hold billions of dollars of bad loans.", nil},
		{"She won gold in the 800m also.", nil},
		{"The show runs from 6 to 9 January.", nil},
		{"Previews will be held on 14, 20 and 27 April.", nil},
		{"Their children Anna, 16, and Tom, 14, came.", nil},
		{"Output rose from a revised 0.6% increase in October.", []string{"0.6%|percent|0.6|exact|Output|up:increase"}},
		{"Earnings at the bank rose 25%.", []string{"25%|percent|25|exact|Earnings at the bank|up:rose"}},
		{"I would not take a five or six-year-old to this.", nil},
		{"Profits were up 42% to 719m euros.", []string{"42%|percent|42|exact|Profits|up:up"}},
		{"Att: 40,120 Ref: J Smith.", []string{"40,120|count|40120|exact|Att|"}},
		{"She reached the last 16 in Paris.", nil},
		{"They scored within five dramatic minutes.", nil},
		{"Many have waited 10 or more years.", nil},
		{"Acme shares plummet 20%", []string{"20%|percent|20|exact|Acme shares|down:plummet"}},
		{"Shares in Acme rose by 2.3% on Monday.", []string{"2.3%|percent|2.3|exact|Shares in Acme|up:rose"}},
		// metres and millions: a length is a count of metres, a race is no
		// statistic, millions stay millions
		{"The jumper is 1.85m tall.", []string{"1.85m|count|1.85|exact|m|"}},
		{"The record was 426m per minute.", []string{"426m|count|426|exact|m|"}},
		{"The lifts climb the tower on their 382m track.", []string{"382m|count|382|exact|m|"}},
		{"She cleared 1.76m to win the high jump.", []string{"1.76m|count|1.76|exact|m|"}},
		{"The tower is more than 50m taller than its rival.", []string{"50m|count|50|more_than|m|"}},
		{"She dropped out of the women's 1500m in Athens.", nil},
		{"He won the race by 30m in the end.", nil},
		{"Unions representing 4.5m workers may strike.", []string{"4.5m|count|4500000|exact|workers|"}},
		{"Sales rose to 4.5m in the quarter.", []string{"4.5m|count|4500000|exact|Sales|up:rose"}},
		{"Vieira is 6ft 4in and fast.", []string{"6ft 4in|count|6.3333333333333333|exact|ft|"}},
		// an amount whose currency is left out
		{"Profits were 77m euros, up from 38m in 2003.", nil},
		{"It lost £3bn in reserves, and one million were in negative equity.", []string{"one million|count|1000000|exact||"}},
		// race times, ages, places and rounds
		{"Smith finished fifth in 7.35.", nil},
		{"The index rose to 52.70.", []string{"52.70|count|52.7|exact|index|up:rose"}},
		{"Jones was 22 when she retired.", nil},
		{"She won a scholarship when she was just 15.", nil},
		{"The singer dies at 62", nil},
		{"Workers cannot be forced to retire before 65.", nil},
		{"Police arrested 22 people when the match ended.", []string{"22|count|22|exact|people|"}},
		{"She has slipped to 64 in the world.", nil},
		{"It is one of only 10 in the world.", []string{"10|count|10|exact||"}},
		{"The album moved from 13 to number four.", nil},
		{"The singles reached numbers 19 and 10 in the chart.", nil},
		{"He can play at number seven or eight.", nil},
		{"They reached the last 16 with a win.", nil},
		{"He missed the last four games.", []string{"four|count|4|exact|games|"}},
		// times counted, odds
		{"He won the Cup four times as a player.", []string{"four|count|4|exact|times|"}},
		{"He double-faulted twice as Smith broke.", nil},
		{"Sales are twice as high.", []string{"twice|multiple|2|exact|Sales|"}},
		{"It plans to double sales by 2010.", []string{"double|multiple|2|exact|sales|up:double"}},
		{"Voters would reject it by two to one, a poll says.", nil},
		{"Membership fell from two to one.", []string{"two|count|2|exact|Membership|"}},
		// more ages and titles
		{"At 101, he still feels fine.", nil},
		{"I'm only 27 and I don't remember it.", nil},
		{"By then I will be 35 so I may stop.", nil},
		{"Maybe when I turn 60 and stop, I will know.", nil},
		{"He became an MP at the age of just 28.", nil},
		{"It is the 12th time that Smith, now 34, has got this far.", nil},
		{"She was 15 and he was 16.", nil},
		{"They criticised the US drama 24.", nil},
		{"The film knocked Ocean's 12.", nil},
		{"Ocean's 12 fell to number two.", nil},
		{"Inflation is within the Bank's 2-3% target range.", []string{"2-3%|percent|2-3|exact|target range|"}},
		{"Britain's 659 MPs voted.", []string{"659|count|659|exact|MPs|"}},
		// periods, names with a possessive, races and race times, scorers
		{"The economy has grown for six quarters.", nil},
		{"Three quarters of staff left.", []string{"Three quarters|fraction|0.75|exact|staff|"}},
		// "-up", "-down" ending a hyphenated compound is no change cue
		{"Wales finished runners-up four times in the decade.", []string{"four|count|4|exact|times|"}},
		{"After the shake-up 200 staff left.", []string{"200|count|200|exact|staff|"}},
		{"Exports were up 12% in the year.", []string{"12%|percent|12|exact|Exports|up:up"}},
		// set phrases with a number that count nothing
		{"The minister backs a \"zero tolerance\" approach to knife crime.", nil},
		{"Their plans were knocked for six by the vote.", nil},
		{"Their plans were knocked for six.", nil},
		{"The row threatens to split the party in two.", nil},
		{"The plan is a million miles away from what voters want.", nil},
		{"Growth in the quarter was zero.", []string{"zero|percent|0|exact|Growth|"}},
		{"The deal will be signed in two weeks with 40 firms.", []string{"40|count|40|exact|firms|"}},
		{"The probe flew a million miles in a month.", []string{"a million|count|1000000|exact|miles|"}},
		// ages and age groups
		{"He married a wife half his age.", nil},
		{"She married a man twice her age.", nil},
		{"Staff get half their pay.", []string{"half|fraction|0.5|exact|pay|"}},
		{"The school runs clubs for nine- to 11-year-olds.", nil},
		{"The firm builds a 50- to 60-seat plane.", nil},
		{"The under 14 boys won the cup.", nil},
		{"He played for the England under 21 side.", nil},
		{"The firm paid under 14 staff a bonus.", []string{"14|count|14|less_than|staff|"}},
		{"Sales rose to just under 14 units.", []string{"14|count|14|less_than|units|up:rose"}},
		// quarters of a year as periods, not three quarters of a whole
		{"The economy has had three quarters of contraction.", nil},
		{"The firm reported two quarters of negative growth.", nil},
		{"Sales fell in three quarters of the year.", nil},
		{"Three quarters of the growth came from exports.", []string{"Three quarters|fraction|0.75|exact|growth|"}},
		{"Almost three-quarters of new jobs were part-time.", []string{"three-quarters|fraction|0.75|almost|new jobs|"}},
		// a chart place after "at a" and an adjective
		{"The single ended in 12th place and the album settled at a modest 41.", nil},
		{"The album slipped three places to a disappointing 12.", []string{"three|count|3|exact|places|down:slipped"}},
		{"Sales rose to a record 38 in the week.", []string{"38|count|38|exact|Sales|up:rose"}},
		// model numbers in a list of models
		{"Buyers can choose the 308, 407, 407 Coupe, 607 or Partner.", nil},
		{"The airline flies the 737, 767 and 777 to Sydney.", nil},
		{"The three teams scored 147, 156 and 166 points.", []string{"three|count|3|exact|teams|", "147|count|147|exact|points|", "156|count|156|exact|points|", "166|count|166|exact|points|"}},
		{"Police named 156, 213 and 317 suspects in London, Leeds and York.", []string{"156|count|156|exact|suspects|", "213|count|213|exact|suspects|", "317|count|317|exact|suspects|"}},
		// a currency's level with the other currency left out
		{"The dollar rose to 1.30 on Friday.", nil},
		{"The euro fell 0.4% against the yen, then slid to a low of 131.05 later.", []string{"0.4%|percent|0.4|exact|euro|down:fell"}},
		{"The krona fell to 9.12 per euro, while the share index rose to 412.35.", []string{"412.35|count|412.35|exact|share index|up:rose"}},
		{"The dollar's fall cost 3,000 jobs.", []string{"3,000|count|3000|exact|jobs|"}},
		{"Inflation rose to 2.5 in May.", []string{"2.5|count|2.5|exact|Inflation|up:rose"}},
		// the low end of a range of plural numbers: an age group
		{"The club runs the nine to elevens league.", nil},
		{"The book won the 6 to 8s prize.", nil},
		{"He hit 20 fours and two sixes.", []string{"20|count|20|exact|fours|", "two|count|2|exact|sixes|"}},
		{"Maroon 5's album went up.", nil},
		{"DJs are sampling 70's and 80's music.", nil},
		{"She scraped into the women's 5K final.", nil},
		{"He set a personal best of 20.88 in the 200m.", nil},
		{"His times of 6.61 and 6.62 seconds were slow.", nil},
		{"Sales hit a record of 20.88 million.", []string{"20.88 million|count|20880000|exact|Sales|"}},
		{"Bramble 35 og, Mellor 38, Baros 61.", nil},
		{"Byrne 33.", nil},
		{"All three, who deny it, were charged.", []string{"three|count|3|exact||"}},
		{"It's been two unbelievable weeks for me.", nil},
		{"The claimant total fell 11,000 to 813,200 last month.", []string{"11,000|count|11000|exact|claimant total|down:fell", "813,200|count|813200|exact|claimant total|"}}, // dated, not a period
		{"The pension age for council workers will rise from 60 to 65.", nil},
		{"The voting age is 18.", nil},
		{"The average age of a gamer is 29.", nil},
		{"The average age of the fleet fell as 12 new ships arrived.", []string{"12|count|12|exact|new ships|"}},
		{"14 Sebastien Grosjean (France)", nil},
		{"Users running versions 4.7 and earlier are hit.", nil},
		{"Five said it had received 100 complaints.", []string{"100|count|100|exact|complaints|"}},
		{"Five said they had been robbed.", []string{"Five|count|5|exact||"}},
		{"He can also play in the back four.", nil},
		{"If we get stuffed in the front five we lose.", nil},
		{"He came back four years later.", nil},
		{"They brought back five players.", []string{"five|count|5|exact|players|"}},
		// chart places
		{"The single came in at 39, two places below the band.", []string{"two|count|2|exact|places|"}},
		{"Disco Inferno crept up the charts from six to five.", nil},
		{"Creep was a new entry at six, two places above Sideways.", []string{"two|count|2|exact|places|"}},
		{"That brought to 49 the number of banks sued.", []string{"49|count|49|exact||"}},
		// model numbers
		{"Boeing unveiled its new 777 plane.", nil},
		{"The firm stopped making the 717, its smallest jet.", nil},
		{"Boeing rolled out the new 777 in Seattle.", nil},
		{"It hired the 148 in the group.", []string{"148|count|148|exact||"}},
		{"The film opened in 957 cinemas.", []string{"957|count|957|exact|cinemas|"}},
		{"The train was doing 115 mph.", []string{"115|count|115|exact|mph|"}},
		{"They ordered 10 737-800 planes.", []string{"10|count|10|exact||"}}, // the model is no count (the empty subject is a known gap)
		// phone numbers and codes
		{"Reports came from 7610 owners.", nil},
		{"Tune in at 2340 on BBC Two.", nil},
		{"Some 3000 died in one morning.", []string{"3000|count|3000|about||"}},
		// exchange rates, ages between commas
		{"The yuan is pegged at 8.28 to the dollar.", nil},
		{"The rupee climbed to 43.305 per US dollar.", nil},
		{"The baht lost 0.3%, trading at 39.10.", []string{"0.3%|percent|0.3|exact|baht|down:lost"}},
		{"The veteran film-maker, 68, won the prize.", nil},
		{"The stores, 20 in all, closed.", []string{"20|count|20|exact||"}},
		{"Call 0845 8 505 505 for help.", nil},
		{"Text the word to 85130.", nil},
		{"In 2004 73% of e-mail was spam.", []string{"73%|percent|73|exact|e-mail|"}},
		// subjects before the verb, across what stands between
		{"Readership has shot up by 58% this year.", []string{"58%|percent|58|exact|Readership|"}},
		{"The numbers of pupils excluded had risen by 30% since then.", []string{"30%|percent|30|exact|numbers of pupils excluded|up:risen"}},
		{"Growth in farm output - the main aim of the plan - was 4.5% in 2004.", []string{"4.5%|percent|4.5|exact|Growth in farm output|"}},
		{"But inflation remains high at about 9%.", []string{"9%|percent|9|about|inflation|"}},
		{"Retailers fell, with Acme Stores sliding 2.5%.", []string{"2.5%|percent|2.5|exact|Acme Stores|down:sliding"}},
		{"Core inflation rose only slightly in June to 2.1%.", []string{"2.1%|percent|2.1|exact|Core inflation|"}},
		{"Sales in 2004 were up 5%.", []string{"5%|percent|5|exact|Sales|up:up"}},
		{"Investment in new plant was still high, up 12.3% from a year ago.", []string{"12.3%|percent|12.3|exact|Investment in new plant|up:up"}},
		{"The number of homes with broadband had risen by 40%.", []string{"40%|percent|40|exact|number of homes with broadband|up:risen"}},
		{"Official figures showed Japan's economy grew by 2.5% in 2004.", []string{"2.5%|percent|2.5|exact|Japan's economy|up:grew"}},
		{"Car production 'falls' 20% in UK", []string{"20%|percent|20|exact|Car production|"}},
		{"Earnings from exports this year are expected to be 5% lower.", []string{"5%|percent|5|exact|Earnings from exports|down:lower"}},
		{"Total revenue was 5bn euros, up 6% on 2003.", []string{"6%|percent|6|exact|Total revenue|up:up"}},
		{"Steel imports will be 20m tons, up 11% on last year.", []string{"20m|count|20000000|exact|tons|", "11%|percent|11|exact|Steel imports|up:up"}},
		{"Those on low income - earning under $20,000 - are three times more likely to smoke.", []string{"three times|multiple|3|exact|Those on low income|"}},
		{"Sales in the second quarter, including vans, rose by 7.8%.", []string{"7.8%|percent|7.8|exact|Sales|up:rose"}},
		{"Spam mails, offering ways to get rich, have declined by 40%.", []string{"40%|percent|40|exact|Spam mails|down:declined"}},
		{"Shares in London-based Acme lost 70%.", []string{"70%|percent|70|exact|Shares in London-based Acme|down:lost"}},
		{"The trade gap with Japan rose 3% on the month.", []string{"3%|percent|3|exact|trade gap with Japan|up:rose"}},
		{"Markets fell, with the index down 1% by noon.", []string{"1%|percent|1|exact|index|down:down"}},
		{"Exports to China grew 34%.", []string{"34%|percent|34|exact|Exports to China|up:grew"}},
		{"Interest rates still stand at a punitive 17.25%.", []string{"17.25%|percent|17.25|exact|Interest rates|"}},
		{"Still, consumer prices - at 2.4% - rose faster.", []string{"2.4%|percent|2.4|exact|consumer prices|"}},
		{"But more retired women (53%) were buying software.", []string{"53%|percent|53|exact|retired women|"}},
		{"More than half (55%) of the respondents said no.", []string{"half|fraction|0.5|more_than|respondents|", "55%|percent|55|exact|respondents|"}},
		{"The TV took second place (67%) in the poll.", []string{"67%|percent|67|exact||"}},
		{"Suez owns 40% of Aguas Argentinas (39.9%) now.", []string{"40%|percent|40|exact|Aguas Argentinas|", "39.9%|percent|39.9|exact|Aguas Argentinas|"}},
		{"Shares in Acme, the company founded by Jo Smith, fell 15% in Beirut.", []string{"15%|percent|15|exact|Shares in Acme|down:fell"}},
		{"According to the firm Acme, the blogosphere, has doubled.", []string{"doubled|multiple|2|exact|blogosphere|up:doubled"}},
		{"Indoor parking bays can cost up to 250% more than outdoor ones.", []string{"250%|percent|250|up_to|Indoor parking bays|"}},
		{"It has an option to buy 10 more of the aircraft.", []string{"10|count|10|exact||"}},
		{"A survey suggests 69% of over-55s always vote.", []string{"69%|percent|69|exact|over-55s|"}},
		{"More than half of those with broadband logged on.", []string{"half|fraction|0.5|more_than|those with broadband|"}},
		{"The plan to boost police numbers by 10,000 would help.", []string{"10,000|count|10000|exact|police numbers|up:boost"}},
		{"The index was down 2.1% at 1,011.15.", []string{"2.1%|percent|2.1|exact|index|down:down", "1,011.15|count|1011.15|exact|index|"}},
		{"Spending grew at 4.6% in the third quarter, up from 1.6% in the second.", []string{"4.6%|percent|4.6|exact|Spending|up:grew", "1.6%|percent|1.6|exact|Spending|"}},
		{"It took the annual total up 35.4% to 593 units.", []string{"35.4%|percent|35.4|exact|annual total|up:up", "593|count|593|exact|units|"}},
		{"That pushed annual growth to 2.3%, the fastest rate in years.", []string{"2.3%|percent|2.3|exact|annual growth|up:growth"}},
		{"The Commission has urged an increase to 1.26%.", []string{"1.26%|percent|1.26|exact||up:increase"}},
		{"The count of known viruses broke the 100,000 barrier.", []string{"100,000|count|100000|more_than|count of known viruses|"}},
		{"Its news caused its shares to lose 18% in one day.", []string{"18%|percent|18|exact|shares|down:lose"}},
		{"The trade gap was $55.5bn (£29bn), up 9% from May.", []string{"9%|percent|9|exact|trade gap|up:up"}},
		{"The biggest slice of the fraud cases reported - almost 30% - concerned credit.", []string{"30%|percent|30|almost|biggest slice of the fraud cases reported|"}},
		{"The number waiting over 12 months also fell from 7,613 to 6,630.", []string{"7,613|count|7613|exact|number waiting|", "6,630|count|6630|exact|number waiting|down:fell:from0"}},
		{"At 2.6%, inflation remains within the target range.", []string{"2.6%|percent|2.6|exact|inflation|"}},
		{"The index fell to 55.3 in May, from an adjusted 56.4 in April.", []string{"55.3|count|55.3|exact|index|down:fell", "56.4|count|56.4|exact|index|"}},
		{"Fees rose by 4.7% in 1999 and in 2002 by 8.6%.", []string{"4.7%|percent|4.7|exact|Fees|up:rose", "8.6%|percent|8.6|exact|Fees|"}},
		{"Concern among businesses has dropped by 23%.", []string{"23%|percent|23|exact|Concern among businesses|down:dropped"}},
		{"Nearly two thirds - 65% - of the people asked said yes.", []string{"two thirds|fraction|0.6666666666666667|almost|people|", "65%|percent|65|exact|people|"}},
		{"It says the number of blogs, the so-called blogosphere, has already exceeded five million.", []string{"five million|count|5000000|more_than|number of blogs|"}},
		{"The paper, which has pushed circulation up by 20%, is for sale.", []string{"20%|percent|20|exact|circulation|up:up"}},
		{"Costs have been hitting an annual rate of 1.6%.", []string{"1.6%|percent|1.6|exact|Costs|"}},
		{"For three years, that has gone up by an average of 13.2%.", []string{"13.2%|percent|13.2|exact||"}},
		{"Tax is set to rise by an average of about 4% next year.", []string{"4%|percent|4|about|Tax|"}},
		{"It fed fears that a sharp rise in producer prices of 7.1% could stoke inflation.", []string{"7.1%|percent|7.1|exact|producer prices|"}},
		{"The annual rate of increase in the UK is down to 10.2%.", []string{"10.2%|percent|10.2|exact|annual rate of increase in the UK|down:down"}},
		{"That caused a fall in the employment index to 48.3 in May.", []string{"48.3|count|48.3|exact|employment index|"}},
		{"They own 5% of Deutsche Boerse's (DB) shares.", []string{"5%|percent|5|exact|Deutsche Boerse's (DB) shares|"}},
		{"This is lower than the 11.3% creditors previously hoped to get.", []string{"11.3%|percent|11.3|exact||"}},
		{"A bank has bought 49% of National Bank of Iraq.", []string{"49%|percent|49|exact|National Bank of Iraq|"}},
		{"Sales rose, with 44% of Britons taking advantage of offers.", []string{"44%|percent|44|exact|Britons|"}},
		{"Figures indicated growth of just 0.1% in May.", []string{"0.1%|percent|0.1|exact|growth|up:growth"}},
		{"It cut its holding from 75% to 60% in May.", []string{"75%|percent|75|exact|holding|", "60%|percent|60|exact|holding|down:from:from0"}},
		{"Net profit in the six months ending 31 December rose 28%.", []string{"28%|percent|28|exact|Net profit|up:rose"}},
		{"Profits after tax for the year to March rose 20%.", []string{"20%|percent|20|exact|Profits after tax|up:rose"}},
		{"Growth is likely to peak this year at just under 2%.", []string{"2%|percent|2|less_than|Growth|"}},
		{"Jobless levels are stuck at about 10%.", []string{"10%|percent|10|about|Jobless levels|"}},
		{"Firms increased spending on equipment and software by 18%.", []string{"18%|percent|18|exact|spending on equipment and software|"}},
		{"It will boost its 2004 dividend payment by 27%.", []string{"27%|percent|27|exact|dividend payment|"}},
		{"The yen, meanwhile, dropped to 141.60 per euro.", nil}, // an exchange rate
		{"There would be a sixfold reduction in the number of shipments.", []string{"sixfold|multiple|6|exact|number of shipments|down:reduction"}},
		{"The optimism index - a leading indicator - edged up in January to 102.5.", []string{"102.5|count|102.5|exact|optimism index|"}},
		{"The number of people out of work rose 32,000.", []string{"32,000|count|32000|exact|number of people out of work|up:rose"}},
		{"Some 13 players out of a squad of 31 were hurt.", []string{"13|count|13|about|players|", "31|count|31|exact|squad|"}},
		{"Analysts believe the market will rise above the 25,000 mark.", []string{"25,000|count|25000|more_than|market|"}},
		{"Output grew 15.7% in the year, and inflation slowed to 4.3%.", []string{"15.7%|percent|15.7|exact|Output|up:grew", "4.3%|percent|4.3|exact|inflation|down:slowed"}},
		{"Britain suffered mass unemployment, 15% interest rates, and the poll tax.", []string{"15%|percent|15|exact|interest rates|"}},
		{"Some 43% agreed and 17% disagreed.", []string{"43%|percent|43|about||", "17%|percent|17|exact||"}},
		{"It runs a chain of 90 duty free stores.", []string{"90|count|90|exact|duty free stores|"}},
		{"There are between 150,000 and 300,000 registered software patents.", []string{"150,000 and 300,000|count|150000-300000|exact|registered software patents|"}},
		{"Shares in both firms fell while the two held talks.", []string{"two|count|2|exact|firms|"}},
		{"It had revised down the jobs gains in December 2004, from 157,000 to 133,000.", []string{"157,000|count|157000|exact|jobs gains|", "133,000|count|133000|exact|jobs gains|down:from:from0"}},
		{"Some 4,300 staff will leave and there are plans to move another 3,500.", []string{"4,300|count|4300|about|staff|", "3,500|count|3500|exact|staff|"}},
		{"It found 64 respondents out of 146 in all.", []string{"64|count|64|exact|respondents|", "146|count|146|exact|respondents|"}},
		{"In all, 12 out of the top 30 albums were remakes.", []string{"12|count|12|exact|albums|"}},
		{"Her novel has sold 40 translations worldwide since May.", []string{"40|count|40|exact|translations|"}},
		{"The band has won 25 prizes overseas.", []string{"25|count|25|exact|prizes|"}},
		{"The amount of music that can be stored has grown by 300% in two years.", []string{"300%|percent|300|exact|amount of music|up:grown"}},
		{"Shares in the firm that built the bridge fell 4%.", []string{"4%|percent|4|exact|Shares in the firm|down:fell"}},
		{"Sales of cars that run on gas rose 12% last year.", []string{"12%|percent|12|exact|Sales of cars|up:rose"}},
		{"The firms that make chips saw sales rise 5%.", []string{"5%|percent|5|exact|sales|up:rise"}},
		{"Figures that show sales rose 4% were out.", []string{"4%|percent|4|exact|sales|up:rose"}},
		{"It was a new deal that cuts wages by almost 8%.", []string{"8%|percent|8|almost|wages|down:cuts"}},
		{"Of the 20 or so images only one showed the wings.", []string{"20|count|20|about|images|"}},
		{"Some councils have raised their parking charges by 50% or more, it said.", []string{"50%|percent|50|at_least|parking charges|up:raised"}},
		{"The minister backed calls for 100% debt relief for the poorest nations.", []string{"100%|percent|100|exact|debt relief|"}},
		{"The jobless rate has eased since May, when it reached a peak of 11.2%.", []string{"11.2%|percent|11.2|exact|jobless rate|"}},
		{"The survey said it rose to 4.1%.", []string{"4.1%|percent|4.1|exact||up:rose"}},
		{"Last year it rose to 4.1%.", []string{"4.1%|percent|4.1|exact||up:rose"}},
		{"The sharpest rise was in Spain, where it grew by 80%.", []string{"80%|percent|80|exact||up:grew"}},
		{"Its turnover, which showed a 7.5% rise to 3bn euros, beat forecasts.", []string{"7.5%|percent|7.5|exact|turnover|up:rise"}},
		{"Her share of the vote has stayed at around the 60% mark.", []string{"60%|percent|60|about|share of the vote|"}},
		{"There are three, four or perhaps five clubs in the race.", []string{"three|count|3|exact|clubs|", "four|count|4|exact|clubs|", "five|count|5|exact|clubs|"}},
		{"Engineers tested the speed of the four lifts the builders fitted.", []string{"four|count|4|exact|lifts|"}},
		{"The chain reported a 4.1% rise in March worldwide sales.", []string{"4.1%|percent|4.1|exact|March worldwide sales|up:rise"}},
		{"We have seen attacks of five and ten gigabytes.", []string{"five|count|5|exact|gigabytes|", "ten|count|10|exact|gigabytes|"}},
		{"It had 94,000 of the 140,000 confirmed deaths.", []string{"94,000|count|94000|exact|140,000 confirmed deaths|", "140,000|count|140000|exact|confirmed deaths|"}},
		{"Unemployment is rising to a seventy-year high of 5.2 million.", []string{"5.2 million|count|5200000|exact|Unemployment|"}},
		{"Figures showed a decline since October from 785 to 708.", []string{"785|count|785|exact||", "708|count|708|exact||down:from:from0"}},
		{"The market has fallen about 5% since May, but it is still 40% higher.", []string{"5%|percent|5|about|market|down:fallen", "40%|percent|40|exact|market|up:higher"}},
		{"It has lost 7% this year, while it is down 3.2% on the yen.", []string{"7%|percent|7|exact||down:lost", "3.2%|percent|3.2|exact||down:down"}},
		{"Prices could climb to 14% compared to a previous estimate of 12%.", []string{"14%|percent|14|exact|Prices|up:climb", "12%|percent|12|exact|Prices|"}},
		{"The index implied GDP growth at 2.9% in the second quarter.", []string{"2.9%|percent|2.9|exact|GDP growth|up:growth"}},
		{"Singapore growth at 8.1% in 2004", []string{"8.1%|percent|8.1|exact|Singapore growth|up:growth"}},
		{"The number of phones with GPRS and MMS technology has doubled.", []string{"doubled|multiple|2|exact|number of phones with GPRS and MMS technology|up:doubled"}},
		{"Results were in line with expectations and shares in GM rose by about 1%.", []string{"1%|percent|1|about|shares in GM|up:rose"}},
		{"He surprised experts by forecasting UK growth at between 3% and 3.5%.", []string{"3% and 3.5%|percent|3-3.5|exact|UK growth|up:growth"}},
		{"The population dropped to 94.7% and by the end of October stood at 92.9%.", []string{"94.7%|percent|94.7|exact|population|down:dropped", "92.9%|percent|92.9|exact|population|"}},
		{"Shares fell 1% in London, and dropped by 1.2% in Paris.", []string{"1%|percent|1|exact|Shares|down:fell", "1.2%|percent|1.2|exact|Shares|down:dropped"}},
		{"The jobless rate went up to 5.5% in May.", []string{"5.5%|percent|5.5|exact|jobless rate|"}},
		{"The index closed 15 points higher at 4,751.", []string{"15|count|15|exact|points|", "4,751|count|4751|exact||"}},
		{"It helped trigger a 0.1% contraction in the last quarter.", []string{"0.1%|percent|0.1|exact||down:contraction"}},
		{"The show had less than half the total it was attracting.", []string{"half|fraction|0.5|less_than|total|"}},
		{"She said that \"about a third\" of orders were breached.", []string{"a third|fraction|0.3333333333333333|about|orders|"}},
		{"The volume of sales between October and December dropped by nearly a quarter.", []string{"a quarter|fraction|0.25|almost|volume of sales|down:dropped"}},
		{"The number of elderly will have almost doubled.", []string{"doubled|multiple|2|almost|number of elderly|up:doubled"}},
		{"It has a 40 GB hard drive and a 4,200 MW power plant.", []string{"40|count|40|exact|GB|", "4,200|count|4200|exact|MW|"}},
		{"Prices of homes rose a seasonally adjusted 0.5% in May.", []string{"0.5%|percent|0.5|exact|Prices of homes|"}},
		{"Shares in Acme and Bcme - the two biggest firms - both fell 1.7%.", []string{"two|count|2|exact|biggest firms|", "1.7%|percent|1.7|exact|Shares in Acme and Bcme|down:fell"}},
		{"Toys rose 1.8%, while sales at book stores, a category that includes comics, rose by 0.9%.", []string{"1.8%|percent|1.8|exact|Toys|up:rose", "0.9%|percent|0.9|exact|sales at book stores|up:rose"}},
		{"The economy has grown more than expected, expanding at an annual rate of 3.8%.", []string{"3.8%|percent|3.8|exact|economy|"}},
		{"Acme shares rose 15 cents - 1.1% - on Nasdaq.", []string{"1.1%|percent|1.1|exact|Acme shares|"}},
		{"Some 14 million homes in the UK, 60%, have digital TV.", []string{"14 million|count|14000000|about|homes|", "60%|percent|60|exact|homes in the UK|"}},
		{"Taxation would rise to $14.3bn, a rise of over 40% on the year.", []string{"40%|percent|40|more_than|Taxation|up:rise"}},
		{"Prices in the South East and London fell by 1.6%.", []string{"1.6%|percent|1.6|exact|Prices in the South East and London|down:fell"}},
		{"Sales across both its retail and mail order divisions were up 12.4%.", []string{"12.4%|percent|12.4|exact|Sales across both its retail and mail order divisions|up:up"}},
		{"Sales and profits rose 5% last year.", []string{"5%|percent|5|exact|Sales and profits|up:rose"}},
		{"Sales rose and profits fell 5% last year.", []string{"5%|percent|5|exact|profits|down:fell"}},
		{"Fines were up by a fifth on the same period last year and fines of drivers up 14 percent.", []string{"a fifth|fraction|0.2|exact|Fines|up:up", "14 percent|percent|14|exact|fines of drivers|up:up"}},
		{"Shares in Acme, Germany's only listed club, dropped by almost 23%.", []string{"23%|percent|23|almost|Shares in Acme|down:dropped"}},
		{"Of the Americans who own players, 59% are men.", []string{"59%|percent|59|exact|Americans|"}},
		{"With this they have 100% portability.", []string{"100%|percent|100|exact|portability|"}},
		{"After two hard-earned away victories, they lead.", []string{"two|count|2|exact|hard-earned away victories|"}},
		{"It set a target of a 20% cut to the 1990 emissions level.", []string{"20%|percent|20|exact|1990 emissions level|down:cut"}},
		{"It plans to cut the prices of its most popular product by about 8%.", []string{"8%|percent|8|about|prices of its most popular product|"}},
		{"Acme sold 2.4 million cars in 2004, an increase of 4% on 2003.", []string{"2.4 million|count|2400000|exact|cars|", "4%|percent|4|exact|cars|up:increase"}},
		{"Brent crude closed at $40.15 on Thursday - a drop of 5.1% - in London.", []string{"5.1%|percent|5.1|exact|Brent crude|down:drop"}},
		{"Fees had increased from £5.5bn to £8.2bn a year, a rise of 49.7%.", []string{"49.7%|percent|49.7|exact|Fees|up:rise"}},
		{"It saw its store sales sink by a larger-than-forecast 8.8%.", []string{"8.8%|percent|8.8|exact|store sales|"}},
		{"The share price rose 4p or nearly 1% in morning trading.", []string{"1%|percent|1|almost|share price|"}},
		{"Prices rose 15.1% in 2004, but by only 2.8% in the second half.", []string{"15.1%|percent|15.1|exact|Prices|up:rose", "2.8%|percent|2.8|exact|Prices|"}},
		{"Some 52% agreed and just 16% disagreed.", []string{"52%|percent|52|about||", "16%|percent|16|exact||"}},
		{"More than 80% of medium and large companies were hit.", []string{"80%|percent|80|more_than|medium and large companies|"}},
		{"Resolution rates - the share of calls resolved - are running at just 50%.", []string{"50%|percent|50|exact|Resolution rates|"}},
		{"Shares in Acme have sunk by more than 16%.", []string{"16%|percent|16|more_than|Shares in Acme|down:sunk"}},
		{"It compares with just 17% of 18 to 24 year olds.", []string{"17%|percent|17|exact|18 to 24 year olds|"}},
		{"The index had risen 20.54 points, or 0.2%, to 10,847.66 by noon.", []string{"20.54|count|20.54|exact|points|up:risen", "0.2%|percent|0.2|exact|index|", "10,847.66|count|10847.66|exact|index|"}},
		{"The baht lost 0.3% against the dollar, trading at 39.10.", []string{"0.3%|percent|0.3|exact|baht|down:lost"}}, // the rate is a price
		{"Acme rose 5% and Bcme showed gains of 4.5%.", []string{"5%|percent|5|exact|Acme|up:rose", "4.5%|percent|4.5|exact||up:gains"}},
		{"Acme enjoyed a 5% annual increase in unit sales.", []string{"5%|percent|5|exact|unit sales|up:increase"}},
		{"Analysts had been forecasting a 0.1% rise.", []string{"0.1%|percent|0.1|exact||up:rise"}},
		{"Firms found the last two big increases in the wage hard.", []string{"two|count|2|exact|big increases|"}},
		{"There are 300 firms offering the service, backed by 100 firms including Acme.", []string{"300|count|300|exact|firms|", "100|count|100|exact|firms|"}},
		{"Acme's shares closed up 64 pence, or 6%, at 1130p.", []string{"6%|percent|6|exact|Acme's shares|"}},
		{"The box office received a 3.8% boost last year.", []string{"3.8%|percent|3.8|exact|box office|up:boost"}},
		{"This was a 4.5% gain for the share of local films.", []string{"4.5%|percent|4.5|exact|share of local films|up:gain"}},
		{"It had a 5% rise for the year.", []string{"5%|percent|5|exact||up:rise"}},
		{"The economy is strong, with 5% growth forecast for 2005.", []string{"5%|percent|5|exact|growth|up:growth"}},
		{"It saw revenues from its car-making operations rise 11%.", []string{"11%|percent|11|exact|revenues from its car-making operations|up:rise"}},
		{"Polls showed the two candidates running neck and neck.", []string{"two|count|2|exact|candidates|"}},
		{"Shares rose, with the yen strengthening 0.7% against the dollar.", []string{"0.7%|percent|0.7|exact|yen|up:strengthening"}},
		{"Acme said pre-tax profits for 2004 rose 56% to 1.16bn euros.", []string{"56%|percent|56|exact|pre-tax profits|up:rose"}},
		{"The economy expanded at an annual rate of 3.1% in the period.", []string{"3.1%|percent|3.1|exact|economy|"}},
		{"Its share of viewers now stands at an average of 28.6%.", []string{"28.6%|percent|28.6|exact|share of viewers|"}},
		{"The number of visits is growing at a rate of 20% a year.", []string{"20%|percent|20|exact|number of visits|"}},
		{"The bank is predicting 4% growth this year.", []string{"4%|percent|4|exact|growth|up:growth"}},
		{"He bought the club's 4.76% holding in the firm.", []string{"4.76%|percent|4.76|exact|holding|"}},
		{"It fell, adding to the index's 0.3% decline.", []string{"0.3%|percent|0.3|exact|index|down:decline"}},
		{"Shares fell 1.2% on Tuesday, after Monday's 4% gain.", []string{"1.2%|percent|1.2|exact|Shares|down:fell", "4%|percent|4|exact|Shares|up:gain"}},
		{"Income fell 7%, although 15% more passengers travelled.", []string{"7%|percent|7|exact|Income|down:fell", "15%|percent|15|exact|passengers|"}},
		{"I want three, four or five new players.", []string{"three|count|3|exact|new players|", "four|count|4|exact|new players|", "five|count|5|exact|new players|"}},
		{"In three or four years' time I will play.", nil},
		{"Some 139,000 jobs were created instead of 96,000.", []string{"139,000|count|139000|about|jobs|", "96,000|count|96000|exact|jobs|"}},
		{"Spending grew 4.2% in the last quarter, down from the third quarter's 5.1%.", []string{"4.2%|percent|4.2|exact|Spending|up:grew", "5.1%|percent|5.1|exact|Spending|"}},
		{"Sales were weak, with little cheer with December sales down 0.7%.", []string{"0.7%|percent|0.7|exact|December sales|down:down"}},
		// a change and the level it reached, not a range
		{"Unemployment edged up 0.2% to 5.3% in June.", []string{"0.2%|percent|0.2|exact|Unemployment|", "5.3%|percent|5.3|exact|Unemployment|"}},
		{"Output is expected to be 6% to 7% lower.", []string{"6% to 7%|percent|6-7|exact|Output|down:lower"}},
		{"The party hopes to increase its tally by 20 to 30 seats.", []string{"20 to 30|count|20-30|exact|seats|"}},
		// multiples with a comparative after "times"
		{"Their songs are 10 times better than the rest.", []string{"10 times|multiple|10|exact|songs|"}},
		{"Tickets are three to four times more expensive than films.", []string{"three to four times|multiple|3-4|exact|Tickets|"}},
		{"He won the title four times later in his career.", []string{"four|count|4|exact|times|"}},
		// titles and codes with numbers
		{"Her hits include 04 Summer Nights and 12 other songs.", []string{"12|count|12|exact|other songs|"}},
		{"The films on offer include 40 First Kisses and Big Fish.", nil},
		{"He got no help from 3 Wikkid but he stayed.", nil},
		{"She starred in 8 Simple Rules for Dating.", nil},
		{"He appeared in 7 Spike Lee movies.", []string{"7|count|7|exact|Spike Lee movies|"}},
		{"The box has 6 USB ports.", []string{"6|count|6|exact|USB ports|"}},
		{"The remake is by 2 Fast 2 Furious director Ann Lee.", nil},
		{"The sequel will star the cast of 21 Going on 40 next year.", nil},
		{"The trust runs 40 Catholic, 30 Anglican and 20 Jewish schools.", []string{"40|count|40|exact|schools|", "30|count|30|exact|schools|", "20|count|20|exact|Jewish schools|"}},
		// a list sharing the scale of its last number
		{"Two or three million people came.", []string{"Two|count|2000000|exact|people|", "three million|count|3000000|exact|people|"}},
		{"Between five and six million people voted.", []string{"five and six million|count|5000000-6000000|exact|people|"}},
		{"They drew 20 or 30,000 fans.", []string{"20 or 30,000|count|20000-30000|exact|fans|"}},
		{"He has 3 cats and 30,000 sheep.", []string{"3|count|3|exact|cats|", "30,000|count|30000|exact|sheep|"}},
		// ages after work and after a nominal adjective
		{"Staff may ask to work past 67 which firms must weigh.", nil},
		{"Staff were to be let work on till 72 if they wished.", nil},
		{"The Wales international, 27, was hurt in training.", nil},
		{"Some 30 staff will work at 12 sites.", []string{"30|count|30|about|staff|", "12|count|12|exact|sites|"}},
		{"They fear kids like my son who is 12 - who never read.", nil},
		{"The firms who are 40 strong will merge.", []string{"40|count|40|exact|firms|"}},
		{"Smith was third in 6.71 after a personal best on the 6.69 in the sprint semi-finals.", nil},
		// a name opening a sentence before digits
		{"GameStation 4 chip to be unveiled", nil},
		{"Zbox 3 may be unveiled in summer", nil},
		{"Nearly 40 people came.", []string{"40|count|40|almost|people|"}},
		{"Approximately 5000 people came.", []string{"5000|count|5000|about|people|"}},
		{"Wales's 800m man John Smith will run.", nil},
		{"Some 4m men and women voted.", []string{"4m|count|4000000|about|men and women|"}},
		{"Fans of shows like 24, usually wait weeks.", nil},
		{"Shows such as 24. were late.", nil},
		{"Firms like 20 or 30 others failed.", []string{"20 or 30|count|20-30|exact|others|"}},
		{"The plan was to kick with 600m to go.", nil},
		{"Some 6m voters are yet to go to the polls.", []string{"6m|count|6000000|about|voters|"}},
		{"She won the 7.4km race in Leeds.", nil},
		{"He led the men's three mile race.", nil},
		{"He ran 12km in training.", []string{"12km|count|12|exact|km|"}},
		{"The robot walks at 3km/h on flat ground.", []string{"3km/h|count|3|exact|km/h|"}},
		{"Its top speed is about 40km/h, up from 30km.", []string{"40km/h|count|40|about|km/h|", "30km|count|30|exact|km|"}},
		// a participle, adverb or name before a plural the tagger took for
		// a verb
		{"There were only five accepted bids for the site.", []string{"five|count|5|exact|accepted bids|"}},
		{"Talks stalled while the two held talks.", []string{"two|count|2|exact||"}},
		{"They face four away matches in May.", []string{"four|count|4|exact|away matches|"}},
		{"He made 12 Premiership starts this season.", []string{"12|count|12|exact|Premiership starts|"}},
		// a kind of time unit is counted; a bare one is a period
		{"Shares rose over the first three trading days of May.", []string{"three|count|3|exact|trading days|"}},
		{"Staff miss up to four school days a year.", []string{"four|count|4|up_to|school days|"}},
		{"Shares rose over the first three days of May.", nil},
		// a changed count, then the same change as a percentage
		{"The number of cases fell from 900 to 800, or 11%.", []string{"900|count|900|exact|number of cases|", "800|count|800|exact|number of cases|down:fell:from0", "11%|percent|11|exact|number of cases|"}},
		{"It had 900 staff in May, or 11%.", []string{"900|count|900|exact|staff|", "11%|percent|11|exact||"}},
		{"It had 900 staff, or 11% of the total.", []string{"900|count|900|exact|staff|", "11%|percent|11|exact|total|"}},
		// a number and a singular noun as a compound modifier: the unit
		{"The phone has a five megapixel camera.", []string{"five|count|5|exact|megapixel|"}},
		{"It was a two horse race from the start.", []string{"two|count|2|exact|horse|"}},
		{"They stayed in a four star hotel.", []string{"four|count|4|exact|star|"}},
		{"The city has 12 member states.", []string{"12|count|12|exact|member states|"}},
		{"They use four receiving antennae.", []string{"four|count|4|exact|receiving antennae|"}},
		{"Three finance minister resigned.", []string{"Three|count|3|exact|finance minister|"}},
		// a level as a count, then "or" and the same level as a share
		{"The jobless rate is 3.1 million people or 8.2%, up 0.4 percentage points on May.", []string{"3.1 million|count|3100000|exact|people|", "8.2%|percent|8.2|exact|jobless rate|", "0.4 percentage points|percentage_points|0.4|exact|jobless rate|up:up"}},
		{"Some 300 people or 8% said no.", []string{"300|count|300|about|people|", "8%|percent|8|exact||"}},
		// an adjective ending the phrase after "of its" is its noun
		{"The firm has sold 9,000 of its new electric since June.", []string{"9,000|count|9000|exact|new electric|"}},
		{"The firm has sold 9,000 of its new models since June.", []string{"9,000|count|9000|exact|new models|"}},
		// a list joined by commas alone ends on its noun
		{"We get 20, 30, 40 calls a day.", []string{"20|count|20|exact|calls|", "30|count|30|exact|calls|", "40|count|40|exact|calls|"}},
		// a participle the tagger took for a past tense, in a phrase before
		// the clause's verb
		{"Pills shipped to Kenya are now twenty times cheaper than at home.", []string{"twenty times|multiple|20|exact|Pills shipped to Kenya|"}},
		{"House prices rose at an annual rate of 9.5% in May.", []string{"9.5%|percent|9.5|exact|House prices|"}},
		// a time after the noun ends the phrase
		{"The film won seven Oscars last year.", []string{"seven|count|7|exact|Oscars|"}},
		{"Exports will be 60% of output next year.", []string{"60%|percent|60|exact|output|"}},
		// a majority of a number is a margin
		{"The bill was passed by a majority of just 31.", []string{"31|count|31|exact|majority|"}},
		// base forms of change verbs
		{"Officials say output will slow to 1.5% next year.", []string{"1.5%|percent|1.5|exact|output|down:slow"}},
		{"Inflation is set to ease to 2% in May.", []string{"2%|percent|2|exact|Inflation|down:ease"}},
		// a level kept where it is: past the state phrase
		{"Analysts said rates would probably stay on hold at 5.5%.", []string{"5.5%|percent|5.5|exact|rates|"}},
		{"The bank has left lending rates on hold again at 3.25%, as forecast.", []string{"3.25%|percent|3.25|exact|lending rates|"}},
		{"The bank kept inflation in check at 2%.", []string{"2%|percent|2|exact|inflation|"}},
		{"The deal put the plan on hold, at a cost of 5% of sales.", []string{"5%|percent|5|exact|sales|"}},
		{"The game has an 18 certificate.", nil},
		{"They won by one tenth of a second.", nil},
		{"He waited half an hour for the bus.", nil},
		{"A tenth of a firm's staff left.", []string{"A tenth|fraction|0.1|exact|firm's staff|"}},
		// degrees of fitness or certainty, computers and models
		{"I feel 100% again after the injury.", nil},
		{"I'll be 100% fresh for the final!", nil},
		{"Coverage is 100% in the city.", []string{"100%|percent|100|exact|Coverage|"}},
		{"It allows up to 100% foreign direct investment.", []string{"100%|percent|100|up_to|foreign direct investment|"}},
		{"On my desk is an old 486 PC, and two printers.", []string{"two|count|2|exact|printers|"}},
		{"It has an option for a further 50 aircraft, it said.", []string{"50|count|50|exact|aircraft|"}},
		{"Sales rose 14 pc last year.", []string{"14 pc|percent|14|exact|Sales|up:rose"}},
		{"The 4 network launched in 2003.", nil},
		{"The 12 firms merged in 2003.", []string{"12|count|12|exact|firms|"}},
		{"Output fell for the third month in the past five.", nil},
		{"Sales fell in the past year, as 40 firms shut.", []string{"40|count|40|exact|firms|"}},
		// a fraction of a percentage point
		{"Rates rose by a quarter of a percentage point.", []string{"a quarter of a percentage point|percentage_points|0.25|exact|Rates|up:rose"}},
		{"Rates were raised by half a percentage point.", []string{"half a percentage point|percentage_points|0.5|exact|Rates|up:raised"}},
		// a bound before a rough hedge bounds the figure: the outer wins
		{"At least an estimated two million fans tuned in.", []string{"two million|count|2000000|at_least|fans|"}},
		{"More than an estimated 300 homes lost power.", []string{"300|count|300|more_than|homes|"}},
		{"An estimated 300 homes lost power.", []string{"300|count|300|about|homes|"}},
		{"The hail broke an estimated 300 windows.", []string{"300|count|300|about|windows|"}},
		// a bracketed conversion of a hedged measure shares the hedge
		{"The mast stands well over nine feet (2.7 metres) tall.", []string{"nine|count|9|more_than|feet|", "2.7|count|2.7|more_than|metres|"}},
		{"The canal runs for about 40 miles (64km) inland.", []string{"40|count|40|about|miles|", "64km|count|64|about|km|"}},
		{"More than 200 pupils (40 teachers) were sent home.", []string{"200|count|200|more_than|pupils|", "40|count|40|exact|teachers|"}},
		// a unit with a time after "a", "an" or "per" is a rate: the subject
		// takes it in, as "Mbps" and "km/h"
		{"The line carries 0.2-0.4 megabits a second at peak.", []string{"0.2-0.4|count|0.2-0.4|exact|megabits a second|"}},
		{"Gusts reached 70 miles an hour overnight.", []string{"70|count|70|exact|miles an hour|"}},
		{"The link runs at 20 gigabits per second.", []string{"20|count|20|exact|gigabits per second|"}},
		{"The hikers covered 15 miles a day.", []string{"15|count|15|exact|miles|"}},
		{"The shop sold 30 cars an hour.", []string{"30|count|30|exact|cars|"}},
		// a singular unit modifying a noun after a number or a list of
		// numbers: the unit is the subject
		{"The builders fixed two or three foot steel beams.", []string{"two or three|count|2-3|exact|foot|"}},
		{"Vendors showed 17 and 19 inch flat monitors.", []string{"17|count|17|exact|inch|", "19|count|19|exact|inch|"}},
		{"The boy grew four inches over the summer.", []string{"four|count|4|exact|inches|up:grew"}},
		{"There were four or five people in the queue.", []string{"four or five|count|4-5|exact|people|"}},
		// race distances after "at" and a sport word name events
		{"She is the national record holder at 5km and 10km.", nil},
		{"He was twice world champion at 20 kilometres.", nil},
		{"The champion lives 5km from the track.", []string{"5km|count|5|exact|km|"}},
		{"Divers found the wreck at 3km from the shore.", []string{"3km|count|3|exact|km|"}},
		// markings on a pitch
		{"They gave away a penalty on their own 10m line.", nil},
		{"The visitors were pinned inside their own 22 for long spells.", nil},
		{"The bank agreed a 10m line of credit.", []string{"10m|count|10000000|exact|line|"}},
		{"Some 10m people lined the route.", []string{"10m|count|10000000|about|people|"}},
		// a person as "one half of" an act of two
		{"She found fame as one half of folk duo Kestrel.", nil},
		{"He is one half of the Radio 5 Sunday show Max and Mo.", nil},
		{"The pair kept one half of the prize money.", []string{"one half|fraction|0.5|exact|prize money|"}},
		// a bare count takes the noun of a parallel count: joined by
		// "into", or after the same verb
		{"The plan would fold 35 bodies into nine.", []string{"35|count|35|exact|bodies|", "nine|count|9|exact|bodies|"}},
		{"Girls play only three games while boys play five, she said.", []string{"three|count|3|exact|games|", "five|count|5|exact|games|"}},
		{"The firm employs 163,000 staff while its rival employs 47,000.", []string{"163,000|count|163000|exact|staff|", "47,000|count|47000|exact|staff|"}},
		{"The team signed 12 players and sold five of them.", []string{"12|count|12|exact|players|", "five|count|5|exact|players|"}},
		{"He scored 12 goals while his brother played 40.", []string{"12|count|12|exact|goals|", "40|count|40|exact||"}},
		{"He made 12 saves, but we could have scored five or six.", []string{"12|count|12|exact|saves|", "five or six|count|5-6|exact||"}},
		// hedges, and "about" as a preposition
		{"Pupils in rich areas have a better than 40% chance of a place.", []string{"40%|percent|40|more_than|chance|"}},
		{"The film is a drama about three young nurses.", []string{"three|count|3|exact|young nurses|"}},
		{"He hit the wall with a hammer about 20 times.", []string{"20|count|20|about|times|"}},
		// an amount after "by" is no link; verbs before names; "twice as" a name
		{"The bank lifted its base rate by a quarter percentage point to 4.5%.", []string{"a quarter percentage point|percentage_points|0.25|exact|base rate|up:lifted", "4.5%|percent|4.5|exact|base rate|"}},
		{"Most knew the leader, but only one in eight recognised Peter Hain.", []string{"one in eight|ratio|0.125|exact||"}},
		{"The label issued 40 unreleased Beatles tracks.", []string{"40|count|40|exact|unreleased Beatles tracks|"}},
		{"She served twice as Williams broke back.", nil},
		// names after naming words; chart places joined; lone digits
		{"The firm dropped a drug known as '455, after poor trials.", nil},
		{"The band's single was dubbed 45 by fans.", nil},
		{"The coach named 30 players in his squad.", []string{"30|count|30|exact|players|"}},
		{"The album went to number one in France and 14 in Germany.", nil},
		{"Services are offered by operators such as Orange and 3.", nil},
		{"The survey gave a balance of plus 4 in March.", []string{"4|count|4|exact||"}},
		// a level after a time; a change verb the tagger took for a noun
		{"Sales will drop from 52% this season to 34%.", []string{"52%|percent|52|exact|Sales|", "34%|percent|34|exact|Sales|down:drop:from0"}},
		{"Output grew from 1.1 million tonnes last year to 1.4 million.", []string{"1.1 million|count|1100000|exact|tonnes|", "1.4 million|count|1400000|exact|tonnes|up:grew:from0"}},
		{"It takes a week to 10 days.", nil},
		{"Loans to first-time buyers fell 12% year-on-year to 40,000.", []string{"12%|percent|12|exact|Loans to first-time buyers|down:fell", "40,000|count|40000|exact|Loans to first-time buyers|"}},
		{"It will see its share of income from sponsorship earnings drop from 40% to 25%.", []string{"40%|percent|40|exact|share of income from sponsorship earnings|", "25%|percent|25|exact|share of income from sponsorship earnings|down:drop:from0"}},
		// hedge verbs with a counted object; "a near"; the rest of a whole
		{"The spammers broke four laws on e-mail.", []string{"four|count|4|exact|laws|"}},
		{"The index broke 12,000 points on Friday.", []string{"12,000|count|12000|more_than|points|"}},
		{"He starred in the past three Bond films.", []string{"three|count|3|exact|Bond films|"}},
		{"There was a near 7% rise in revenues.", []string{"7%|percent|7|almost|revenues|up:rise"}},
		{"Local bands had 40% of the festival bill, with foreign acts taking the remaining 60%.", []string{"40%|percent|40|exact|festival bill|", "60%|percent|60|exact|festival bill|"}},
		{"The club has 300 members, and the oldest member is 98.", []string{"300|count|300|exact|members|"}},
		{"About 20 million cars were sold in 2004, 8% more than in 2003.", []string{"20 million|count|20000000|about|cars|", "8%|percent|8|exact|cars|"}},
		{"In May the IE using population fell to 90.1%.", []string{"90.1%|percent|90.1|exact|IE using population|down:fell"}},
		{"By May the book had sold 300,000 in Europe.", []string{"300,000|count|300000|exact|book|"}},
		{"Enron stock jumped in New York, climbing as much as 30%.", []string{"30%|percent|30|up_to|Enron stock|up:climbing"}},
		{"The market, which is doubling every five months, is big.", []string{"doubling|multiple|2|exact|market|up:doubling"}},
		{"Exports grew by 0.4%, an annual rate of 1.6%.", []string{"0.4%|percent|0.4|exact|Exports|up:grew", "1.6%|percent|1.6|exact|Exports|"}},
		{"Most 18 to 24-year-olds (81%) have one.", []string{"81%|percent|81|exact|18 to 24-year-olds|"}},
		{"The country - population 60 million - is big.", []string{"60 million|count|60000000|exact|population|"}},
		{"The six former outside directors will pay.", []string{"six|count|6|exact|former outside directors|"}},
		{"The club has three promising No 10 candidates.", []string{"three|count|3|exact|promising No 10 candidates|"}},
		{"It has 10s of thousands of listeners.", []string{"10s of thousands|count|~10000-99999|exact|listeners|"}},
		{"I am signed for this season and another two.", []string{"two|count|2|exact|season|"}},
		{"Most readers buy just a single daily paper, 30% buy two or three.", []string{"30%|percent|30|exact||", "two or three|count|2-3|exact|daily paper|"}},
		{"Banks led the FTSE 100's 0.5% fall.", []string{"0.5%|percent|0.5|exact|FTSE 100|down:fall"}},
		{"A look at the figures shows mining output drove the gain, jumping 3.2%.", []string{"3.2%|percent|3.2|exact|mining output|up:jumping"}},
		{"Ford is cutting its European output by another 5,000 cars, or 2.1%.", []string{"5,000|count|5000|exact|cars|down:cutting", "2.1%|percent|2.1|exact|European output|"}},
		{"Growth was 2.1%, up from just 0.8% in 2003.", []string{"2.1%|percent|2.1|exact|Growth|", "0.8%|percent|0.8|exact|Growth|"}},
		{"The new Blue Gene/L machine is 20 times faster.", []string{"20 times|multiple|20|exact|new Blue Gene/L machine|"}},
		{"It ordered 30 Airbus A320 jets.", []string{"30|count|30|exact|Airbus A320 jets|"}},
		{"It ordered 12 Boeing 777-300 planes.", []string{"12|count|12|exact|Boeing 777-300 planes|"}},
		{"That it stayed above 50 shows continued growth.", []string{"50|count|50|more_than||"}},
		{"The band played 40 shows in Japan.", []string{"40|count|40|exact|shows|"}},
		{"She has had nine UK hit singles.", []string{"nine|count|9|exact|UK hit singles|"}},
		{"He and the two other freed British hostages flew home.", []string{"two|count|2|exact|other freed British hostages|"}},
		{"The number of people employed rose to 2,400.", []string{"2,400|count|2400|exact|number of people employed|up:rose"}},
		{"That took the number of people employed to 2.9 million.", []string{"2.9 million|count|2900000|exact|number of people employed|"}},
		{"Most banks expect borrowing costs to stay at 3% this year.", []string{"3%|percent|3|exact|borrowing costs|"}},
		{"Spending was up 8.2% - still some way off the peak of 15% seen in 2003.", []string{"8.2%|percent|8.2|exact|Spending|up:up", "15%|percent|15|exact|Spending|"}},
		{"Sales rose to 9,000, just above March's low of 8,500.", []string{"9,000|count|9000|exact|Sales|up:rose", "8,500|count|8500|exact|Sales|"}},
		{"In 2004, 9.5% arrests under the act were of young men.", []string{"9.5%|percent|9.5|exact|arrests|"}},
		{"France's growth rate was 2.1%, compared with 1.5% in Italy.", []string{"2.1%|percent|2.1|exact|France's growth rate|", "1.5%|percent|1.5|exact|growth rate|"}},
		{"The musical led the nominations with nine.", []string{"nine|count|9|exact|nominations|"}},
		{"Labour topped the poll with 45%.", []string{"45%|percent|45|exact||"}},
		{"They bid £2m for the Scotland striker, 27, with more to follow.", nil},
		{"Public debt must stay below 40% - in contrast to the 60% other states allow.", []string{"40%|percent|40|less_than|Public debt|", "60%|percent|60|exact|Public debt|"}},
		{"A score above 60 means a pass.", []string{"60|count|60|more_than|score|"}},
		{"Members must keep their deficits below 3%.", []string{"3%|percent|3|less_than|deficits|"}},
		{"The firm cut 15% off the price of its phones.", []string{"15%|percent|15|exact|price|down:cut"}},
		{"More than 8,000 people voted, twice as many as in 2003.", []string{"8,000|count|8000|more_than|people|", "twice|multiple|2|exact|people|"}},
		{"Participation ranged from 61% in Leeds, 45% in Hull and 30% in York.", []string{"61%|percent|61|exact|Participation|", "45%|percent|45|exact|Participation|", "30%|percent|30|exact|Participation|"}},
		{"Top speed was about 40mph (64km/h).", []string{"40mph|count|40|about|mph|", "64km/h|count|64|about|km/h|"}},
		{"A survey of 2,000 adults in 12 countries found that 41% wanted more.", []string{"2,000|count|2000|exact|adults|", "12|count|12|exact|countries|", "41%|percent|41|exact|adults|"}},
		{"Some 9,000 patients had surgery, of which fewer than 2% were urgent.", []string{"9,000|count|9000|about|patients|", "2%|percent|2|less_than||"}},
		{"Prices rose at an annual rate of 3.5%.", []string{"3.5%|percent|3.5|exact|Prices|"}},
		{"Sales of Lloyds' loans fell 4%.", []string{"4%|percent|4|exact|Sales of Lloyds' loans|down:fell"}},
		{"Its audience share stayed the same at 9.1%.", []string{"9.1%|percent|9.1|exact|audience share|"}},
		{"Unemployment is still high, at 12%.", []string{"12%|percent|12|exact|Unemployment|"}},
		{"Ford recalled 9,200 Ford Focuses, Mazda Tributes and Volvo Estates.", []string{"9,200|count|9200|exact|Ford Focuses, Mazda Tributes and Volvo Estates|"}},
		{"About 200,000 Sri Lankans and 23,500 people in the Maldives fled.", []string{"200,000|count|200000|about|Sri Lankans|", "23,500|count|23500|exact|people|"}},
		{"The firm has offices in 40 towns and cities.", []string{"40|count|40|exact|towns and cities|"}},
		{"More than 20 ministers and heads of state came.", []string{"20|count|20|more_than|ministers|"}},
		{"It drew almost 500 responses and closes on 7 May.", []string{"500|count|500|almost|responses|"}},
		{"One household in four has a dog.", []string{"One household in four|ratio|0.25|exact|household|"}},
		{"They let in only one goal in six games.", []string{"six|count|6|exact|games|"}},
		{"A typical episode of 24 was watched by 90,000 people.", []string{"90,000|count|90000|exact|people|"}},
		{"It was a series of 24 concerts.", []string{"24|count|24|exact|concerts|"}},
		{"It tested 30 firms, and only five of the 12 whose accounts were open passed.", []string{"30|count|30|exact|firms|", "five|count|5|exact||", "12|count|12|exact|firms|"}},
		{"- Increased spending on roads by 12%", []string{"12%|percent|12|exact|spending on roads|"}},
		{"- Cut duty on wine for the poor to 5%", []string{"5%|percent|5|exact|duty on wine for the poor|"}},
		{"Podcasts are everywhere, with about two million on the web.", []string{"two million|count|2000000|about|Podcasts|"}},
		{"Women make up 30% of the workforce.", []string{"30%|percent|30|exact|Women|"}},
		{"Mortgage lending, which makes up 45% of its loans, grew.", []string{"45%|percent|45|exact|Mortgage lending|"}},
		{"About 14% of voters stayed at home.", []string{"14%|percent|14|about|voters|"}},
		{"Unemployment rose a higher than expected 12,000 to 2.1 million.", []string{"12,000|count|12000|exact|Unemployment|up:rose", "2.1 million|count|2100000|exact|Unemployment|"}},
		{"It holds more than a 40% share of the market.", []string{"40%|percent|40|more_than|share of the market|"}},
		{"The line reaches beyond eight kilometres.", []string{"eight|count|8|more_than|kilometres|"}},
		{"She played opposite James Stewart in 39 Steps Later (1961).", nil},
		{"Although the index was lower, it held above 50.", []string{"50|count|50|more_than|index|"}},
		{"And the stock market was weak for months; it rose by 20% after the vote.", []string{"20%|percent|20|exact|stock market|up:rose"}},
		{"All regions saw at least a doubling in their exports.", []string{"doubling|multiple|2|at_least|exports|up:doubling"}},
		{"We have seen a doubling in a 10-year period.", []string{"doubling|multiple|2|exact||up:doubling"}},
		{"The bank had net income of $5bn last year, a 7% increase on 2003.", []string{"7%|percent|7|exact|net income|up:increase"}},
		{"The Bank may cut rates from their current 4.75%.", []string{"4.75%|percent|4.75|exact|rates|"}},
		{"The Germans were the most likely to buy something (52%).", []string{"52%|percent|52|exact|Germans|"}},
		{"Radio was the main source for most pensioners (61%).", []string{"61%|percent|61|exact|most pensioners|"}},
		{"Almost 40% of the viewing public tuned in to the final.", []string{"40%|percent|40|almost|viewing public|"}},
		{"The number of sales fell 12% to an average of 30 per agent.", []string{"12%|percent|12|exact|number of sales|down:fell", "30|count|30|exact|number of sales|"}},
		{"But of the 200 firms replying, 45% had no plan.", []string{"200|count|200|exact|firms|", "45%|percent|45|exact|200 firms replying|"}},
		{"Police held 80 people and 40% of them were freed.", []string{"80|count|80|exact|people|", "40%|percent|40|exact|people|"}},
		{"Pirated films are sold at zero cost.", nil},
		{"Sales climbed 6% for the year, the best since a 7.5% rise in 1999.", []string{"6%|percent|6|exact|Sales|up:climbed", "7.5%|percent|7.5|exact|Sales|up:rise"}},
		{"Ford sales rose 11% while rival Nissan notched up a 9% increase.", []string{"11%|percent|11|exact|Ford sales|up:rose", "9%|percent|9|exact||up:increase"}},
		{"A majority, 52%, said he had done a good job and just 16% disagreed.", []string{"52%|percent|52|exact|majority|", "16%|percent|16|exact||"}},
		{"The rules set out how to build better chargers that carry a logo, meaning they are about 30% more efficient.", []string{"30%|percent|30|about|better chargers|"}},
		{"The balance of firms saying they are worse was 22.", []string{"22|count|22|exact||"}},
		{"The jobless rate went up to 5.5% from 5.4%.", []string{"5.5%|percent|5.5|exact|jobless rate|", "5.4%|percent|5.4|exact|jobless rate|"}},
		{"The deal brings the order book up to 140 planes.", []string{"140|count|140|exact|planes|up:up"}},
		{"Prices could rise by up to 5%.", []string{"5%|percent|5|up_to|Prices|up:rise"}},
		{"The agency revised down the number of homes built in the last two months - to 9,000 in May instead of 12,000.", []string{"9,000|count|9000|exact|number of homes built|", "12,000|count|12000|exact|number of homes built|"}},
		{"The loans came not from the big four, but from small banks.", nil},
		{"It will sell one of the big four state banks.", []string{"four|count|4|exact|state banks|"}},
		{"Critics attacked this series of 24 on Monday.", nil},
		{"Why do the poorest 10% pay more than the richest 10%?", []string{"10%|percent|10|exact|poorest|", "10%|percent|10|exact|richest|"}},
		{"The top 1% earn more.", []string{"1%|percent|1|exact|top|"}},
		{"The richest 10% of households own half.", []string{"10%|percent|10|exact|households|"}},
		{"It is a new deal for me and 19 Entertainment.", nil},
		{"He signed 12 Chelsea players.", []string{"12|count|12|exact|Chelsea players|"}},
		{"The firm posted a profit of $2bn, up 12% from 2003.", []string{"12%|percent|12|exact|profit|up:up"}},
		{"The total cost was expected to reach £5bn - 9% higher than planned.", []string{"9%|percent|9|exact|total cost|up:higher"}},
		{"In 2004, 25 children died.", []string{"25|count|25|exact|children|"}},
		{"Of the 15 awards in 2004, 10 were won by newcomers.", []string{"15|count|15|exact|awards|", "10|count|10|exact|awards|"}},
		{"It infects machines running Windows 2000, 95, 98 and XP.", nil},
		{"Goals: Smith 12. Att: 31,204 Ref: J Jones.", []string{"31,204|count|31204|exact|Att|"}},
		{"In the US growth is 6%, and in the EU it is more or less 1%.", []string{"6%|percent|6|exact|US growth|", "1%|percent|1|about||"}},
		{"- Reduced income tax for those earning under 100,000 rupees ($2,300) to 10%", []string{"10%|percent|10|exact|income tax|"}},
		{"Car sales and van sales were 12% and 8% lower respectively.", []string{"12%|percent|12|exact|Car sales|", "8%|percent|8|exact|van sales|down:lower"}},
		{"We won one scrum and they won three or four.", []string{"three or four|count|3-4|exact|scrum|"}},
		{"It polls 400 firms and has now been above 50 since June.", []string{"400|count|400|exact|firms|", "50|count|50|more_than||"}},
		{"Smith made it two from close range.", nil},
		{"The town won by two goals to nil.", []string{"two|count|2|exact|goals|"}},
		{"Investors in the firm lost millions.", nil},
		{"She is the host of 100% Homegrown on Radio 1.", nil},
		{"The bank is 100% Nigerian-owned.", []string{"100%|percent|100|exact|bank|"}},
		{"The recall covers 9,200 cars, vans and sports utility vehicles.", []string{"9,200|count|9200|exact|cars, vans and sports utility vehicles|"}},
		{"It polled 2,000 actors, writers and directors.", []string{"2,000|count|2000|exact|actors, writers and directors|"}},
		{"It employs 300 staff, and 20% are part-time.", []string{"300|count|300|exact|staff|", "20%|percent|20|exact||"}},
		{"If one robot can paint a wall, what if he used ten of them?", []string{"ten|count|10|exact|robot|"}},
		{"Speeds are usually around 1Mbps or 2Mbps.", []string{"1Mbps|count|1|about|Mbps|", "2Mbps|count|2|about|Mbps|"}},
		{"City doubled their lead after 20 minutes.", nil},
		{"Sales doubled in 2004.", []string{"doubled|multiple|2|exact|Sales|up:doubled"}},
		{"If it's 10.30 on a Sunday morning, nobody shops.", nil},
		{"The shares need a price of about 200 pence, maybe 205.", nil},
		{"Leeds had the highest rate of inflation at 6.2%, followed by York on 5.1%.", []string{"6.2%|percent|6.2|exact|highest rate of inflation|", "5.1%|percent|5.1|exact|rate of inflation|"}},
		{"They expect a fall in house prices on the order of 5%.", []string{"5%|percent|5|about|house prices|"}},
		{"The deficit with Japan, up 12.5%, was a record.", []string{"12.5%|percent|12.5|exact|deficit with Japan|up:up"}},
		{"The economy probably grew faster than the 0.6% reported.", []string{"0.6%|percent|0.6|exact|economy|"}},
		{"About 800 nurses are among the 3,000 injured.", []string{"800|count|800|about|nurses|", "3,000|count|3000|exact|injured|"}},
		{"About 500 staff are among the 2,000 affected.", []string{"500|count|500|about|staff|", "2,000|count|2000|exact|affected|"}},
		{"The economy cooled after enjoying growth of more than 10% in 2000.", []string{"10%|percent|10|more_than|growth|up:growth"}},
		{"It will cut its global workforce of 9,000 by almost a third.", []string{"9,000|count|9000|exact|global workforce|", "a third|fraction|0.3333333333333333|almost|global workforce|"}},
		{"As well as the six major titles he's won, he has a knighthood.", []string{"six|count|6|exact|major titles|"}},
		{"If you're running 10 vehicles, it costs more.", []string{"10|count|10|exact|vehicles|"}},
		{"The label is releasing Elvis' 18 number one singles at the rate of one a week in Britain.", []string{"18|count|18|exact|number one singles|"}},
		{"Global sales passed 167 million in the quarter.", []string{"167 million|count|167000000|more_than|Global sales|"}},
		{"The law passed 12 amendments.", []string{"12|count|12|exact|amendments|"}},
		{"The wing made £347m, an 82% jump on 2003.", []string{"82%|percent|82|exact|wing|up:jump"}},
		// the base of a rate after "per"
		{"The country has 9.2 doctors per 1,000 people.", []string{"9.2|rate|9.2|exact|doctors|"}},
		{"Oil firms pay an extra $3 per 1,000 litres.", nil},
		{"That gives 8.1 lines per 100 homes, compared to 6.2 in Spain.", []string{"8.1|rate|8.1|exact|lines|", "6.2|rate|6.2|exact|lines|"}},
		// a decimal is no year ("15.8" and "16.2" compared as text fell
		// between "1000" and "2099")
		{"That gives 8.1 lines per 100 homes, compared to 6.2 in Spain and 15.8 in Italy.", []string{"8.1|rate|8.1|exact|lines|", "6.2|rate|6.2|exact|lines|", "15.8|rate|15.8|exact|lines|"}},
		{"The offer was oversubscribed 16.2 times.", []string{"16.2|count|16.2|exact|times|"}},
		// a hyphenated compound makes a kind of a time unit that is counted
		{"Smith, who enjoyed seven title-winning seasons, is happy.", []string{"seven|count|7|exact|title-winning seasons|"}},
		{"Smith spent five long years in jail.", nil},
		// a raising participle between the subject and its verb
		{"Mortgage rates are tipped to rise to 5.5% next month.", []string{"5.5%|percent|5.5|exact|Mortgage rates|up:rise"}},
		{"Fares are poised to climb by 3%.", []string{"3%|percent|3|exact|Fares|up:climb"}},
		{"He was tipped by 60% of fans.", []string{"60%|percent|60|exact|fans|"}},
		// a change noun before "of between"
		{"Unions want a pay rise of between 4% and 5% this year.", []string{"4% and 5%|percent|4-5|exact|pay|up:rise"}},
		{"Analysts expect sales growth of between 1% and 3%.", []string{"1% and 3%|percent|1-3|exact|sales|up:growth"}},
		{"He chose between 4% and 5% of the samples.", []string{"4% and 5%|percent|4-5|exact|samples|"}},
		// "those who ..." ends before the main verb or another clause
		{"Half of those who die in crashes where the driver was drunk are passengers.", []string{"Half|fraction|0.5|exact|those who die in crashes|"}},
		{"Half of those who die in crashes are passengers.", []string{"Half|fraction|0.5|exact|those who die in crashes|"}},
		{"Some 9% of those who have dial-up said no.", []string{"9%|percent|9|about|those who have dial-up|"}},
		// a number inside a name, or owned with nothing counted
		{"The show lost out to the station's Hot 40 Euro chart.", nil},
		{"They were pinned in their own 22 for an hour.", nil},
		{"The club's 40 new players arrived.", []string{"40|count|40|exact|new players|"}},
		{"He sold his own 22 shares.", []string{"22|count|22|exact|shares|"}},
		// a noun of research with its author after it is the source
		{"Spam is 15% of all e-mail traffic analysis by the firm has found.", []string{"15%|percent|15|exact|e-mail traffic|"}},
		{"Spam makes up 15% of all e-mail traffic analysis by the firm has found.", []string{"15%|percent|15|exact|Spam|"}},
		{"About 30% of sales figures by region were wrong.", []string{"30%|percent|30|about|sales figures|"}},
		{"About 30% of the survey by the bank was wrong.", []string{"30%|percent|30|about|survey|"}},
		// a base alone after a multiple: what is measured stands before
		{"Imports rose to twice the amount seen last year.", []string{"twice|multiple|2|exact|Imports|up:rose"}},
		{"Output is now three times the level.", []string{"three times|multiple|3|exact|Output|"}},
		{"Firms hired 900 staff, twice the amount expected.", []string{"900|count|900|exact|staff|", "twice|multiple|2|exact|staff|"}},
		{"The firm plans to double the amount.", []string{"double|multiple|2|exact|amount|up:double"}},
		{"Farm support in rich nations is equivalent to 30 times the amount given as aid.", []string{"30 times|multiple|30|exact|Farm support in rich nations|"}},
		{"The deficit was equal to 5% of output.", []string{"5%|percent|5|exact|output|"}},
		// a list whose last number is glued to its noun
		{"It is a two or three-horse race.", []string{"two|count|2|exact|horse|"}},
		{"They face five to 10-year terms.", nil},
		// a share of an amount named by a participle phrase
		{"Some 47% of the £1.3bn spent on games went on one console.", []string{"47%|percent|47|about|£1.3bn spent on games|"}},
		{"About 47% of the £1.3bn was lost.", []string{"47%|percent|47|about||"}},
		{"About 47% of the £1.3bn raised by the firm was lost.", []string{"47%|percent|47|about||"}},
		// "than the N% rise": the change compared with the one before
		{"House prices rose 10.7% in May, less than the 13.7% rise a month before.", []string{"10.7%|percent|10.7|exact|House prices|up:rose", "13.7%|percent|13.7|exact|House prices|up:rise"}},
		{"House prices rose 10.7% in May, less than the 13.7% share of rents.", []string{"10.7%|percent|10.7|exact|House prices|up:rose", "13.7%|percent|13.7|exact|share of rents|"}},
		{"They split 12 clubs into nine regional leagues.", []string{"12|count|12|exact|clubs|", "nine|count|9|exact|regional leagues|"}},
		// coordinated nouns inside a link; a period part before a time
		{"Imports from Spain and Italy rose by 7% last year.", []string{"7%|percent|7|exact|Imports from Spain and Italy|up:rose"}},
		{"Output for the whole of 2003 was 2.1%, the office said.", []string{"2.1%|percent|2.1|exact|Output|"}},
		// a change that goes on from the figure before
		{"Entries from Wales rose by 9% between May 2004 and last year, up 1,200 to 14,500.", []string{"9%|percent|9|exact|Entries from Wales|up:rose", "1,200|count|1200|exact|Entries from Wales|up:up", "14,500|count|14500|exact|Entries from Wales|"}},
		{"Overall, the number made will reach 40 million, an increase of 12%.", []string{"40 million|count|40000000|exact|number made|", "12%|percent|12|exact|number made|up:increase"}},
		{"Its shares rose 2% in the morning before closing Tuesday 0.5% lower.", []string{"2%|percent|2|exact|shares|up:rose", "0.5%|percent|0.5|exact|shares|down:lower"}},
		// an object relative clause with a verb of expectation
		{"Exports, which the bank expects to reach 5 million, rose.", []string{"5 million|count|5000000|exact|Exports|"}},
		{"Inflation, which the bank forecast to be 2%, rose.", []string{"2%|percent|2|exact|Inflation|"}},
		// the object of a change verb before "by" with no noun after the figure
		{"He must trim the deficit by 0.3 percentage points each year.", []string{"0.3 percentage points|percentage_points|0.3|exact|deficit|down:trim"}},
		{"She reduced the firm's costs by 20% and cut its staff.", []string{"20%|percent|20|exact|firm's costs|down:reduced"}},
		{"He became an MP at 27 and a minister at 36.", nil},
		// the object of a change verb straight before a percentage
		{"The bank lifted interest rates 0.25% to 5.5%.", []string{"0.25%|percent|0.25|exact|interest rates|", "5.5%|percent|5.5|exact|interest rates|"}},
		// quote marks between a figure and its noun or verb
		{`Police said "several hundred" people were arrested.`, []string{"several hundred|count|~100-999|exact|people|"}},
		{`He hopes to increase output "by nearly 30%" this year.`, []string{"30%|percent|30|almost|output|up:increase"}},
		{`He said "300", the police said.`, []string{"300|count|300|exact||"}},
		// a rank inside the noun phrase after a count
		{"The group has had eight top three hits.", []string{"eight|count|8|exact|top three hits|"}},
		{"Some 24 UK top 100 firms cut jobs.", []string{"24|count|24|about|UK top 100 firms|"}},
		// a time adverb after a count is not what it counts
		{"We must win two tomorrow.", []string{"two|count|2|exact||"}},
		// a post-nominal adverb inside a link
		{"The number of people online in Asia has passed the 50 million mark.", []string{"50 million|count|50000000|more_than|number of people online in Asia|"}},
		// "of which there are N", and a relative clause with a verb of saying
		{"They run five stores, of which there are now 230 in all.", []string{"five|count|5|exact|stores|", "230|count|230|exact|stores|"}},
		{"Its margins were 9.1%, which it said could reach 9.8% next year.", []string{"9.1%|percent|9.1|exact|margins|", "9.8%|percent|9.8|exact|margins|"}},
		// a period of a year inside the subject; a participle clause
		{"Profits during the last six months of 2004 dropped by 12%.", []string{"12%|percent|12|exact|Profits|down:dropped"}},
		{"Its shares were suspended on Friday, having fallen by 8% on Thursday.", []string{"8%|percent|8|exact|shares|down:fallen"}},
		// a degree adverb between a verb and "by"
		{"Exports rose 2%, but imports rose even faster by 6%.", []string{"2%|percent|2|exact|Exports|up:rose", "6%|percent|6|exact|imports|"}},
		// "the" after a comparison with the figure before
		{"It leaves output up 1.3%, but short of the 1.5% the state predicted.", []string{"1.3%|percent|1.3|exact|output|up:up", "1.5%|percent|1.5|exact|output|"}},
		{"It posted a margin of 5.6%, less than the 7.3% forecast by analysts.", []string{"5.6%|percent|5.6|exact|margin|", "7.3%|percent|7.3|exact|margin|"}},
		{"Car sales fell 1.8% in May, following a fall of 0.6% in April.", []string{"1.8%|percent|1.8|exact|Car sales|down:fell", "0.6%|percent|0.6|exact|Car sales|down:fall"}},
		// "back" as a verb's particle
		{"Forecasts for growth were scaled back to 4.0% from 4.4%.", []string{"4.0%|percent|4|exact|Forecasts for growth|down:to:from1", "4.4%|percent|4.4|exact|Forecasts for growth|"}},
		// a bare count before its verb counts what a count before it counts
		{"Five people died and 20 were hurt.", []string{"Five|count|5|exact|people|", "20|count|20|exact|people|"}},
		{"They bid for eight more licences on top of the 14 already sold.", []string{"eight|count|8|exact|more licences|", "14|count|14|exact|more licences|"}},
		{"He scored 12 goals and 40 went wide.", []string{"12|count|12|exact|goals|", "40|count|40|exact|goals|"}},
		{"The band played 12 songs while 40 fans waited.", []string{"12|count|12|exact|songs|", "40|count|40|exact|fans|"}},
		// a rank ending the phrase is its head
		{"Only 27 of the US top 50.", []string{"27|count|27|exact|US top 50|"}},
		// a participle after a plural in an "of" phrase links its object
		{"The number of children taking music exams drops by almost 40%.", []string{"40%|percent|40|almost|number of children taking music exams|down:drops"}},
		{"Some estimates put the attendance there at 20,000.", []string{"20,000|count|20000|exact|attendance|"}},
		// a singular noun joined to the modifiers of a plural head
		{"It runs about 50 radio and television shows.", []string{"50|count|50|about|radio and television shows|"}},
		{"It made 20 cars and trucks.", []string{"20|count|20|exact|cars and trucks|"}},
		{"Some 70 pop stars re-recorded the song.", []string{"70|count|70|about|pop stars|"}},
		// a share of an economy's size measures what stands before
		{"The deficit would be 4.5% of GDP next year.", []string{"4.5%|percent|4.5|exact|deficit|"}},
		{"Public debt is about 40% of gross domestic product.", []string{"40%|percent|40|about|Public debt|"}},
		{"Remittances now represent more than 2% of the country's GDP.", []string{"2%|percent|2|more_than|Remittances|"}},
		{"They pledged to reach 0.7% of national income.", []string{"0.7%|percent|0.7|exact|national income|"}},
		{"About 17% of readers said no.", []string{"17%|percent|17|about|readers|"}},
		// "on the order of" is a hedge
		{"It expects growth on the order of 10%.", []string{"10%|percent|10|about|growth|up:growth"}},
		// an infinitive of change; a closing verb with a comparative after
		{"Its shares recovered slightly to close 12% down.", []string{"12%|percent|12|exact|shares|down:down"}},
		{"The firm hopes to reach more than 1,000.", []string{"1,000|count|1000|more_than||"}},
		// a bare change after a count and its noun
		{"The firm sold nearly 95,000 cars in Asia last year, up 2.6% on 2003.", []string{"95,000|count|95000|almost|cars|", "2.6%|percent|2.6|exact|cars|up:up"}},
		// "has" of having before a parallel count
		{"One union has 1.2 million members and the other has 800,000.", []string{"1.2 million|count|1200000|exact|members|", "800,000|count|800000|exact|members|"}},
		// "but" before the verb leaves the subject out
		{"Prices fell 0.6% in May, but were up 1.6% on a year ago.", []string{"0.6%|percent|0.6|exact|Prices|down:fell", "1.6%|percent|1.6|exact|Prices|up:up"}},
		{"The show drew 4.1 million viewers - but that had dropped to fewer than 2.7 million by the end.", []string{"4.1 million|count|4100000|exact|viewers|", "2.7 million|count|2700000|less_than|viewers|down:dropped"}},
		// lists and names with "&" inside a link; "cannot" ends a phrase
		{"Sales at shops, bars and cafes rose by 0.3%.", []string{"0.3%|percent|0.3|exact|Sales at shops, bars and cafes|up:rose"}},
		{"Shares in B&B were down more than 4%.", []string{"4%|percent|4|more_than|Shares in B&B|down:down"}},
		{"Some 30% of Europe cannot get cable.", []string{"30%|percent|30|about|Europe|"}},
		// a classifier takes its "of" phrase
		{"Two fine pieces of defensive play won it.", []string{"Two|count|2|exact|fine pieces of defensive play|"}},
		{"It sold 5,000 copies of the album.", []string{"5,000|count|5000|exact|copies of the album|"}},
		// a range before modifiers and a plural
		{"Only 30 to 40 top firms will be sold.", []string{"30 to 40|count|30-40|exact|top firms|"}},
		{"They won 3-1 away.", nil},
		// a participle the tagger takes for a plural
		{"The stance paid off with just 24 issued, while 776 improved.", []string{"24|count|24|exact||", "776|count|776|exact||"}},
		// a base with modifiers or an "of" phrase after a multiple
		{"The 900 new jobs were twice the 450 figure that analysts expected.", []string{"900|count|900|exact|new jobs|", "twice|multiple|2|exact|new jobs|"}}, // "the 450 figure" reads as a name (a known gap)
		{"Its black market is twice the size of its legal economy.", []string{"twice|multiple|2|exact|black market|"}},
		{"Rises will be more than twice the rate of inflation.", []string{"twice|multiple|2|more_than|Rises|"}},
		{"It offers twice the number of frames.", []string{"twice|multiple|2|exact|number of frames|"}},
		// a verb with "n't" ends a noun phrase
		{"About 30% of people don't vote.", []string{"30%|percent|30|about|people|"}},
		// a count goes on from a multiple of a number, past an apposition
		{"It will double the number of its shops - places where it sells food - from 1,200 to 2,000.", []string{"double|multiple|2|exact|number of its shops|up:double", "1,200|count|1200|exact|number of its shops|", "2,000|count|2000|exact|number of its shops|up:from:from1"}},
		// "to a career-best 24": past "a" and an adjective
		{"He took his winning run to a career-best 24.", []string{"24|count|24|exact|winning run|"}},
		// a bare count that leaves its noun out takes a count's before it
		{"It ordered 30 jets, with the option to buy 20 more.", []string{"30|count|30|exact|jets|", "20|count|20|exact|jets|"}},
		{"Some 700 people got the drug, only 12% of the 5,800 who needed it.", []string{"700|count|700|about|people|", "12%|percent|12|exact|people|", "5,800|count|5800|exact|people|"}},
		{"Three others tried to join the five in the hall.", []string{"Three|count|3|exact|others|", "five|count|5|exact||"}},
		// more hedges
		{"In the US growth is something like 6%.", []string{"6%|percent|6|about|US growth|"}},
		{"It sold slightly more than 200 cars.", []string{"200|count|200|more_than|cars|"}},
		// a range compared with the figure before
		{"About 51 million people came, compared with between 90 million and 98 million in 2000.", []string{"51 million|count|51000000|about|people|", "90 million and 98 million|count|90000000-98000000|exact|people|"}},
		// a gerund before a change noun
		{"They got an average funding increase of 6%.", []string{"6%|percent|6|exact|average funding|up:increase"}},
		{"There was a growing increase of 6%.", []string{"6%|percent|6|exact||up:increase"}},
		// the level after "from", and after "or N%,"
		{"The volume of sales fell by 23% from 36,185 in 2003.", []string{"23%|percent|23|exact|volume of sales|down:fell", "36,185|count|36185|exact|volume of sales|"}},
		{"The index closed down 0.89 points, or 0.01%, at 10,385.48.", []string{"0.89|count|0.89|exact|points|down:down", "0.01%|percent|0.01|exact|index|", "10,385.48|count|10385.48|exact|index|"}},
		// a closing verb with a time as its object
		{"The index ended the day up 0.7% at 11,740.", []string{"0.7%|percent|0.7|exact|index|up:up", "11,740|count|11740|exact|index|"}},
		// vague counts left bare after one with its noun
		{"It will look at dozens of firms, not hundreds or thousands.", []string{"dozens|count|~24-144|exact|firms|", "hundreds|count|~100-999|exact|firms|", "thousands|count|~1000-9999|exact|firms|"}},
		// a figure after "YEAR and" or after "last year" is no label
		{"Sales rose 2% in 2005 and 3% in 2006.", []string{"2%|percent|2|exact|Sales|up:rose", "3%|percent|3|exact|Sales|"}},
		{"Last year 185,000 people were tested.", []string{"185,000|count|185000|exact|people|"}},
		{"Windows 95, 98 and 2000 were hit.", nil},
		{"He ran the 100m and 200m events.", nil},
		// an auxiliary-like participle after an owner is a noun
		{"It cut its forecast by 2.5%.", []string{"2.5%|percent|2.5|exact|forecast|down:cut"}},
		{"Sales are forecast to rise 5%.", []string{"5%|percent|5|exact|Sales|up:rise"}},
		// "those" and a participle
		{"Two thirds of those waiting for treatment were seen.", []string{"Two thirds|fraction|0.6666666666666667|exact|those waiting for treatment|"}},
		// a name after a plural common noun is in apposition
		{"He leaves three children Nora, Hasna and Guy.", []string{"three|count|3|exact|children|"}},
		// an age between commas before a participle in -ed
		{"The prince, 20, apologised.", nil},
		// a clause opened by a participle of recording after a comma
		{"Energy stocks did well, recording an 8% rise since Monday.", []string{"8%|percent|8|exact|Energy stocks|up:rise"}},
		// "N, or M%, of X"
		{"It compares to 27 million, or 50%, of the UK.", []string{"27 million|count|27000000|exact||", "50%|percent|50|exact|UK|"}},
		// quoted modifiers inside a noun phrase
		{`It flagged eight "critical" security holes.`, []string{`eight|count|8|exact|"critical" security holes|`}},
		{`It will build 100,000 new "affordable" homes.`, []string{`100,000|count|100000|exact|new "affordable" homes|`}},
		{`He said 300 "rebels" were held.`, []string{"300|count|300|exact|rebels|"}},
		// a gerund opening the sentence heads its phrase
		{"Spending on health will rise by 9.4%.", []string{"9.4%|percent|9.4|exact|Spending on health|up:rise"}},
		// the object after "to N" or "by N%"
		{"That brought to 49 the number of banks he has sued.", []string{"49|count|49|exact|number of banks|"}},
		{"They managed to boost by 72% the price of iron ore.", []string{"72%|percent|72|exact|price of iron ore|up:boost"}},
		{"Sales rose to 5 the year before.", []string{"5|count|5|exact|Sales|up:rose"}},
		// an owner whose ending the lexer split; a change verb opening a list item
		{"That took 2004's total to 2.2 million.", []string{"2.2 million|count|2200000|exact|2004's total|"}},
		{"- Reduced corporate tax rates to 30%", []string{"30%|percent|30|exact|corporate tax rates|"}},
		// "averaged" gives a level; "from a peak of"; an adverb after a comma
		{"Jobs growth averaged 178,000 a month.", []string{"178,000|count|178000|exact|Jobs growth|"}},
		{"Its ratings slumped from a peak of seven million to just 1.5 million.", []string{"seven million|count|7000000|exact|ratings|", "1.5 million|count|1500000|exact|ratings|"}},
		{"Unemployment remains high, currently close to 30%.", []string{"30%|percent|30|almost|Unemployment|"}},
		// a post-nominal adverb before the verb; money is no modifier
		{"The number of computers worldwide is expected to double by 2010.", []string{"double|multiple|2|exact|number of computers|up:double"}},
		// a hyphenated compound after a modifier; a possessive after a
		// count's modifiers
		{"It caught 18 million phishing e-mail messages.", []string{"18 million|count|18000000|exact|phishing e-mail messages|"}},
		{"There are six re-released Elvis' tracks in the chart.", []string{"six|count|6|exact|re-released Elvis' tracks|"}},
		{"It cited the two parties' own studies.", []string{"two|count|2|exact|parties|"}},
		// a verb after a ratio; "between" after a noun of a gap; eras
		{"One in five post something online.", []string{"One in five|ratio|0.2|exact||"}},
		{"One in 10 staff left.", []string{"One in 10|ratio|0.1|exact|staff|"}},
		{"The gap between rich and poor nations rose 5%.", []string{"5%|percent|5|exact|gap between rich and poor nations|up:rose"}},
		{"The abacus dates from 190 AD.", nil},
		{"He ran 300 ad campaigns.", []string{"300|count|300|exact|ad campaigns|"}},
		// a plural after a number word opening the sentence
		{"Nine consulates or embassies will close.", []string{"Nine|count|9|exact|consulates|"}},
		// an elided noun after "and" before a time adverb
		{"It polled 401 people before the vote and 601 afterwards.", []string{"401|count|401|exact|people|", "601|count|601|exact|people|"}},
		// the subject of a verb of comparison, not its object
		{"Output is outstripping demand by about 30%.", []string{"30%|percent|30|about|Output|"}},
		// "number one" inside a noun phrase
		{"She has had 18 number one singles.", []string{"18|count|18|exact|number one singles|"}},
		// a holder of a share
		{"Investors in the UK and Holland have about 1% each.", []string{"1%|percent|1|about|Investors in the UK and Holland|"}},
		{"The family holds 30%.", []string{"30%|percent|30|exact|family|"}},
		{"The family holds 30% of the club.", []string{"30%|percent|30|exact|club|"}},
		// a bare comparative after an amount and a comma
		{"Revenue was 10bn euros, 8.1% higher.", []string{"8.1%|percent|8.1|exact|Revenue|up:higher"}},
		// one thing named with "a" before "N more"
		{"He won a Grammy in 1998 and is up for two more this year.", []string{"two|count|2|exact|Grammy|"}},
		{"He waited a year and wants two more.", []string{"two|count|2|exact||"}},
		// a bare count ending its phrase, or counting "of them"
		{"The team played five tough matches and lost all five.", []string{"five|count|5|exact|tough matches|", "five|count|5|exact|tough matches|"}},
		{"The agency found 300 empty homes and will check a further 2,000.", []string{"300|count|300|exact|empty homes|", "2,000|count|2000|exact|empty homes|"}},
		{"Police held 80 suspects overnight - 35 of them in Leeds.", []string{"80|count|80|exact|suspects|", "35|count|35|exact|suspects|"}},
		{"It was the first time in 30 years that the three, all sisters, had met.", []string{"three|count|3|exact||"}},
		{"The index closed 12 points higher at 5,120.", []string{"12|count|12|exact|points|", "5,120|count|5120|exact||"}},
		// capitalised words inside a phrase
		{"She went to four Weight Watchers meetings a month.", []string{"four|count|4|exact|Weight Watchers meetings|"}},
		{"He started all five Lions Tests in 2009.", []string{"five|count|5|exact|Lions Tests|"}},
		{"They have won eight League and Cup games in a row.", []string{"eight|count|8|exact|League and Cup games|"}},
		// shares in apposition, and comparisons with nothing before
		{"More than a third of those polled, 36%, agreed.", []string{"a third|fraction|0.3333333333333333|more_than|those polled|", "36%|percent|36|exact|those polled|"}},
		{"He said there was only a slim chance - about 20%.", []string{"20%|percent|20|about|slim chance|"}},
		{"The inflation figure was ahead of the 2.4% analysts expected.", []string{"2.4%|percent|2.4|exact|inflation figure|"}},
		// a plural the tagger took for a verb after a count and a noun
		{"It showed an image of two smiley faces.", []string{"two|count|2|exact|smiley faces|"}},
		// a bare "at N" ending the clause in a sentence about an age or a person
		{"She was signed at the age of 15 and released her first single at 18.", nil},
		{"She released her first single at 18.", nil},
		{"The index closed at 27.", []string{"27|count|27|exact|index|"}},
		// "this" before a verb stands for the figure before's subject
		{"It has a share of about 90% but this is down from a peak of almost 96%.", []string{"90%|percent|90|about|share|", "96%|percent|96|almost|share|"}},
		// a decimal shares the scale of a range's second number
		{"Between 1.1 and 1.5 million people came.", []string{"1.1 and 1.5 million|count|1100000-1500000|exact|people|"}},
		{"It hopes for 10-20 million subscribers.", []string{"10-20 million|count|10000000-20000000|exact|subscribers|"}},
		{"It rose 2.5% and 3 million people came.", []string{"2.5%|percent|2.5|exact||up:rose", "3 million|count|3000000|exact|people|"}},
		// "N of whom", "N of which": what the pronoun stands for
		{"He angered rural farm workers, thousands of whom marched.", []string{"thousands|count|~1000-9999|exact|rural farm workers|"}},
		{"It has 40 shops, 10 of which are in London.", []string{"40|count|40|exact|shops|", "10|count|10|exact|shops|"}},
		// a compound whose first word is also an auxiliary
		{"It sold one million set-top boxes.", []string{"one million|count|1000000|exact|set-top boxes|"}},
		{"Prices are set to rise 5%.", []string{"5%|percent|5|exact|Prices|up:rise"}},
		// "growth of N% in X" counts X; a change noun as the object of a verb of level
		{"It was led by growth of 13.1% in the manufacturing sector.", []string{"13.1%|percent|13.1|exact|manufacturing sector|up:growth"}},
		{"Growth of 2% in May was slow.", []string{"2%|percent|2|exact|Growth|up:Growth"}},
		{"The boom has kept growth above 9%.", []string{"9%|percent|9|more_than|growth|up:growth"}},
		// the level after "N% higher at"; the last word of a hyphenated compound
		{"The index closed more than 1% higher at 10,137.", []string{"1%|percent|1|more_than|index|up:higher", "10,137|count|10137|exact|index|"}},
		{"Teenagers from well-off homes are six times more likely to go.", []string{"six times|multiple|6|exact|Teenagers from well-off homes|"}},
		// a race named by its length written as a word
		{"The 28-year-old 800 metres runner won.", nil},
		{"He ran 800 metres in a day.", []string{"800|count|800|exact|metres|"}},
		// "closer to" hedges as about, "close to" as almost
		{"Others say the figure is closer to 15%.", []string{"15%|percent|15|about|figure|"}},
		{"Unemployment is close to 30%.", []string{"30%|percent|30|almost|Unemployment|"}},
		// a participle of recording before a change noun; a change noun
		// before a participle clause
		{"Shares rose, with Reynolds showing gains of 4.5%.", []string{"4.5%|percent|4.5|exact|Reynolds|up:gains"}},
		{"Mining output drove the increase, surging 2.1%.", []string{"2.1%|percent|2.1|exact|Mining output|up:surging"}},
		// a participle after a proper plural in an "of" phrase
		{"The number of Americans filing claims jumped to 367,000.", []string{"367,000|count|367000|exact|number of Americans filing claims|up:jumped"}},
		{"There are sham marriages, of which there are estimated to be up to 15,000 a year.", []string{"15,000|count|15000|up_to|sham marriages|"}},
	}
	for _, tt := range tests {
		testText = tt.in
		var got []string
		for _, s := range find(tt.in) {
			got = append(got, show(s))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}

// TestOffsets checks that every span locates its text and that statistics
// are ordered and disjoint.
func TestOffsets(t *testing.T) {
	for _, in := range []string{
		"Sales rose 5% to 1.2 million units, up from 900,000, while a third of staff left.",
		"\xff12%\xfe three quarters of 10 - 20 per cent 1 in 3",
		"",
	} {
		toks := lexer.Tokenize(in)
		last := -1
		for _, s := range Find(in, toks, nil, tagger(toks)) {
			if s.Start < last || s.End <= s.Start || s.End > len(in) {
				t.Errorf("%q: bad span %d-%d", in, s.Start, s.End)
			}
			last = s.End
			if s.Subject != "" && in[s.SubjectStart:s.SubjectEnd] != s.Subject {
				t.Errorf("%q: subject %q does not locate", in, s.Subject)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Sales rose 5% to 1.2 million, up from a third of 10 - 20 per cent 1 in 3.")
	f.Fuzz(func(t *testing.T, in string) {
		toks := lexer.Tokenize(in)
		last := 0
		for _, s := range Find(in, toks, nil, nil) {
			if s.Start < last || s.End <= s.Start || s.End > len(in) {
				t.Fatalf("%q: bad span %d-%d", in, s.Start, s.End)
			}
			last = s.End
		}
	})
}

// TestRecognizersPercent scores the percent statistics on Recognizers-Text's
// English percent suite as extraction.
func TestRecognizersPercent(t *testing.T) {
	suite, oos, err := peersuite.Read("percent")
	if err != nil {
		t.Fatal(err)
	}
	var cases, gold, found, matched, valued, valueOK int
	for _, c := range suite {
		cases++
		if _, out := oos[c.ID]; out {
			continue
		}
		var got []Stat
		for _, s := range find(c.Input) {
			if s.Kind == Percent {
				got = append(got, s)
			}
		}
		gold += len(c.Expected)
		found += len(got)
		var gspans, sspans []eval.Span
		for _, e := range c.Expected {
			gspans = append(gspans, eval.Span{Start: e.Start, End: e.End})
		}
		for _, s := range got {
			sspans = append(sspans, eval.Span{Start: s.Start, End: s.End})
		}
		pairs := eval.Match(gspans, sspans, 0.5)
		used := map[int]bool{}
		for ei, e := range c.Expected {
			bi := pairs[ei]
			if bi < 0 {
				t.Logf("missed %s: %q in %q", c.ID, e.Text, c.Input)
				continue
			}
			used[bi] = true
			matched++
			if e.Value != nil {
				valued++
				want, _ := e.Value.Float64()
				if v, _ := got[bi].Value.Float64(); math.Abs(v-want) <= 1e-9*math.Max(1, math.Abs(want)) {
					valueOK++
				} else {
					t.Logf("value %s: %q = %v, want %v", c.ID, e.Text, v, want)
				}
			}
		}
		for i, s := range got {
			if !used[i] {
				t.Logf("spurious %s: %q in %q", c.ID, c.Input[s.Start:s.End], c.Input)
			}
		}
	}
	p := float64(matched) / math.Max(1, float64(found))
	r := float64(matched) / math.Max(1, float64(gold))
	f1 := 2 * p * r / math.Max(1e-9, p+r)
	acc := float64(valueOK) / math.Max(1, float64(valued))
	t.Logf("percent.jsonl: %d cases, %d ruled out; gold %d, found %d, matched %d: P %.3f R %.3f F1 %.3f; value accuracy %d/%d = %.3f",
		cases, len(oos), gold, found, matched, p, r, f1, valueOK, valued, acc)
	if f1 < 0.90 {
		t.Errorf("percent F1 %.3f, want at least 0.90", f1)
	}
	if acc < 0.95 {
		t.Errorf("percent value accuracy %.3f, want at least 0.95", acc)
	}
}
