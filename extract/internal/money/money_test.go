package money

import (
	"strings"
	"testing"

	"github.com/newsclaims/claims/extract/internal/lexer"
)

// want is one expected amount: its text (located in the input, so the
// offsets are checked too), value, currency and the extras.
type want struct {
	text     string
	amount   string
	currency string
	qual     string // "" means exact
	low      string
	high     string
	per      string
	context  string
	vague    bool
}

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// Symbols, glued and spaced scales, separators.
		{"The deal is worth £2.5bn to the firm.", []want{{text: "£2.5bn", amount: "2500000000", currency: "GBP"}}},
		{"It cost $3 billion last year.", []want{{text: "$3 billion", amount: "3000000000", currency: "USD"}}},
		{"A €45m fund.", []want{{text: "€45m", amount: "45000000", currency: "EUR", context: "fund"}}},
		{"He earns £10k.", []want{{text: "£10k", amount: "10000", currency: "GBP"}}},
		{"Debt of $1.2tn.", []want{{text: "$1.2tn", amount: "1200000000000", currency: "USD"}}},
		{"Some £1.5 mn was lost.", []want{{text: "£1.5 mn", amount: "1500000", currency: "GBP", qual: "about"}}},
		{"The bill was £1,250.50.", []want{{text: "£1,250.50", amount: "1250.5", currency: "GBP"}}},
		{"Sales hit ¥500bn.", []want{{text: "¥500bn", amount: "500000000000", currency: "JPY"}}},
		{"A ₹200 crore plan.", []want{{text: "₹200 crore", amount: "2000000000", currency: "INR", context: "plan"}}},
		{"The pledge of £150 million was made.", []want{{text: "£150 million", amount: "150000000", currency: "GBP"}}},
		// Prefixed dollars.
		{"It raised US$5m.", []want{{text: "US$5m", amount: "5000000", currency: "USD"}}},
		{"A A$30m loss.", []want{{text: "A$30m", amount: "30000000", currency: "AUD", context: "loss"}}},
		{"Profit was C$16.4 million.", []want{{text: "C$16.4 million", amount: "16400000", currency: "CAD"}}},
		{"It made NZ$2bn.", []want{{text: "NZ$2bn", amount: "2000000000", currency: "NZD"}}},
		{"Profit was HK$327m.", []want{{text: "HK$327m", amount: "327000000", currency: "HKD"}}},
		{"A $5m deal.", []want{{text: "$5m", amount: "5000000", currency: "USD", context: "deal"}}},
		// Codes before and after.
		{"It paid USD 5m for it.", []want{{text: "USD 5m", amount: "5000000", currency: "USD"}}},
		{"It paid 5m euros for it.", []want{{text: "5m euros", amount: "5000000", currency: "EUR"}}},
		{"They lost 75 USD million.", []want{{text: "75 USD million", amount: "75000000", currency: "USD"}}},
		{"Buy it for EUR 125.", []want{{text: "EUR 125", amount: "125", currency: "EUR"}}},
		// Words and minor units.
		{"A stamp costs 15p now.", []want{{text: "15p", amount: "0.15", currency: "GBP"}}},
		{"Shares fell 50 cents to $4.", []want{{text: "50 cents", amount: "0.5", currency: "USD"}, {text: "$4", amount: "4", currency: "USD"}}},
		{"Shares fell 3c to $4.10.", []want{{text: "3c", amount: "0.03", currency: "USD"}, {text: "$4.10", amount: "4.1", currency: "USD"}}},
		{"They found two million pounds.", []want{{text: "two million pounds", amount: "2000000", currency: "GBP"}}},
		{"It will cost half a billion dollars.", []want{{text: "half a billion dollars", amount: "500000000", currency: "USD"}}},
		{"He left a quarter of a million pounds.", []want{{text: "a quarter of a million pounds", amount: "250000", currency: "GBP"}}},
		{"It is worth 500 million yen.", []want{{text: "500 million yen", amount: "500000000", currency: "JPY"}}},
		{"It raised 400m rupees.", []want{{text: "400m rupees", amount: "400000000", currency: "INR"}}},
		{"A fine of 10,000 Swiss francs.", []want{{text: "10,000 Swiss francs", amount: "10000", currency: "CHF"}}},
		{"It is valued at 3.1bn Australian dollars.", []want{{text: "3.1bn Australian dollars", amount: "3100000000", currency: "AUD"}}},
		{"Profits of £5m sterling.", []want{{text: "£5m sterling", amount: "5000000", currency: "GBP"}}},
		{"It costs 3 dollars 50 cents.", []want{{text: "3 dollars 50 cents", amount: "3.5", currency: "USD"}}},
		{"It had 100 trillion won to spend.", []want{{text: "100 trillion won", amount: "100000000000000", currency: "KRW"}}},
		{"The tax will be 470 pence a share.", []want{{text: "470 pence", amount: "4.7", currency: "GBP", per: "share"}}},
		// Vague amounts: a magnitude with no number, bounded.
		{"It cost the taxpayer millions of pounds.", []want{{text: "millions of pounds", amount: "1000000", currency: "GBP", low: "1000000", high: "999999999", vague: true}}},
		{"Hundreds of millions of dollars a year are lost.", []want{{text: "Hundreds of millions of dollars", amount: "100000000", currency: "USD", low: "100000000", high: "999999999", per: "year", vague: true}}},
		{"Savings of a few hundred dollars a year.", []want{{text: "a few hundred dollars", amount: "100", currency: "USD", low: "100", high: "999", per: "year", vague: true}}},
		{"We will spend several hundred million pounds.", []want{{text: "several hundred million pounds", amount: "100000000", currency: "GBP", low: "100000000", high: "999999999", vague: true}}},
		{"Tens of thousands of euros went missing.", []want{{text: "Tens of thousands of euros", amount: "10000", currency: "EUR", low: "10000", high: "99999", vague: true}}},
		{"Thousands of pounds of explosives were found.", nil},
		{"Dozens of dollars and thousands of pence.", nil},
		{"Millions of people and the dollar fell.", nil},
		// Ranges.
		{"It costs £10m-£20m.", []want{{text: "£10m-£20m", amount: "10000000", currency: "GBP", low: "10000000", high: "20000000"}}},
		{"It costs £10-20 million.", []want{{text: "£10-20 million", amount: "10000000", currency: "GBP", low: "10000000", high: "20000000"}}},
		{"It costs between $5bn and $7bn.", []want{{text: "$5bn and $7bn", amount: "5000000000", currency: "USD", low: "5000000000", high: "7000000000"}}},
		{"Games cost £30 to £40.", []want{{text: "£30 to £40", amount: "30", currency: "GBP", low: "30", high: "40"}}},
		{"A range of 1,050-1,125 rupees.", []want{{text: "1,050-1,125 rupees", amount: "1050", currency: "INR", low: "1050", high: "1125"}}},
		{"Prices rose from £5 to £7.", []want{{text: "£5", amount: "5", currency: "GBP"}, {text: "£7", amount: "7", currency: "GBP"}}},
		{"Shares fell 5p to 90p.", []want{{text: "5p", amount: "0.05", currency: "GBP"}, {text: "90p", amount: "0.9", currency: "GBP"}}},
		// Qualifiers.
		{"It made about £5m.", []want{{text: "£5m", amount: "5000000", currency: "GBP", qual: "about"}}},
		{"It made around £5m.", []want{{text: "£5m", amount: "5000000", currency: "GBP", qual: "about"}}},
		{"It made nearly £5m.", []want{{text: "£5m", amount: "5000000", currency: "GBP", qual: "almost"}}},
		{"It made almost £5m.", []want{{text: "£5m", amount: "5000000", currency: "GBP", qual: "almost"}}},
		{"It made more than £5m.", []want{{text: "£5m", amount: "5000000", currency: "GBP", qual: "more_than"}}},
		{"It made over £5m.", []want{{text: "£5m", amount: "5000000", currency: "GBP", qual: "more_than"}}},
		{"Fines of up to £5m.", []want{{text: "£5m", amount: "5000000", currency: "GBP", qual: "up_to"}}},
		{"It made at least £5m.", []want{{text: "£5m", amount: "5000000", currency: "GBP", qual: "at_least"}}},
		{"It made under £5m.", []want{{text: "£5m", amount: "5000000", currency: "GBP", qual: "less_than"}}},
		{"It made less than £5m.", []want{{text: "£5m", amount: "5000000", currency: "GBP", qual: "less_than"}}},
		// Periods.
		{"He is paid £500 a week.", []want{{text: "£500", amount: "500", currency: "GBP", per: "week"}}},
		{"It costs $3bn a year.", []want{{text: "$3bn", amount: "3000000000", currency: "USD", per: "year"}}},
		{"The wage is £9.50 an hour.", []want{{text: "£9.50", amount: "9.5", currency: "GBP", per: "hour"}}},
		{"Funding of £50 per head.", []want{{text: "£50", amount: "50", currency: "GBP", per: "head"}}},
		{"It pays £2m annually.", []want{{text: "£2m", amount: "2000000", currency: "GBP", per: "year"}}},
		{"Sales rose from $393.9m a year earlier.", []want{{text: "$393.9m", amount: "393900000", currency: "USD"}}},
		{"A $70-a-share offer.", []want{{text: "$70", amount: "70", currency: "USD", per: "share"}}},
		// Signs and context.
		{"The result was -£5m.", []want{{text: "-£5m", amount: "-5000000", currency: "GBP"}}},
		{"It made a £5m loss.", []want{{text: "£5m", amount: "5000000", currency: "GBP", context: "loss"}}},
		// Conversions in brackets share the hedge and the period.
		{"It lost less than $10bn (£5.2bn; 7bn euros) a year.", []want{
			{text: "$10bn", amount: "10000000000", currency: "USD", qual: "less_than", per: "year"},
			{text: "£5.2bn", amount: "5200000000", currency: "GBP", qual: "less_than", per: "year"},
			{text: "7bn euros", amount: "7000000000", currency: "EUR", qual: "less_than", per: "year"}}},
		{"Oil fell to $40 ($20.40; £10.50) per tonne.", []want{
			{text: "$40", amount: "40", currency: "USD", per: "tonne"},
			{text: "$20.40", amount: "20.4", currency: "USD", per: "tonne"},
			{text: "£10.50", amount: "10.5", currency: "GBP", per: "tonne"}}},
		// Minor units of named currencies.
		{"Shares rose 70 euro cents.", []want{{text: "70 euro cents", amount: "0.7", currency: "EUR"}}},
		{"Shares rose 65 Canadian cents.", []want{{text: "65 Canadian cents", amount: "0.65", currency: "CAD"}}},
		// Hedges and periods in other places.
		{"Tracks cost from as little as 70 euros.", []want{{text: "70 euros", amount: "70", currency: "EUR", qual: "at_least"}}},
		{"Incomes of £30,000 or more.", []want{{text: "£30,000", amount: "30000", currency: "GBP", qual: "at_least"}}},
		{"A £3m-plus deal.", []want{{text: "£3m", amount: "3000000", currency: "GBP", qual: "more_than"}}},
		{"It pays 25 cents for each dollar owed.", []want{{text: "25 cents", amount: "0.25", currency: "USD", per: "dollar"}}},
		{"It plans an annual investment of 400m pesos.", []want{{text: "400m pesos", amount: "400000000", currency: "MXN", per: "year"}}},
		{"It reported annual profit of $17.5bn.", []want{{text: "$17.5bn", amount: "17500000000", currency: "USD"}}},
		{"He wants a 1p rise on income tax.", []want{{text: "1p", amount: "0.01", currency: "GBP", per: "pound", context: "rise"}}},
		{"Oil hit $50 a barrel on Tuesday.", []want{{text: "$50", amount: "50", currency: "USD", per: "barrel"}}},
		{"It cost about US $200.", []want{{text: "US $200", amount: "200", currency: "USD", qual: "about"}}},
		// Ranges and changes.
		{"Prices ranging from £19 to £29.", []want{{text: "£19 to £29", amount: "19", currency: "GBP", low: "19", high: "29"}}},
		{"Oil rose, adding $1.89 to $48.62.", []want{{text: "$1.89", amount: "1.89", currency: "USD"}, {text: "$48.62", amount: "48.62", currency: "USD"}}},
		{"It is worth $1.3 to $1.5bn.", []want{{text: "$1.3 to $1.5bn", amount: "1300000000", currency: "USD", low: "1300000000", high: "1500000000"}}},
		{"A cost of $2-$3.8 trillion.", []want{{text: "$2-$3.8 trillion", amount: "2000000000000", currency: "USD", low: "2000000000000", high: "3800000000000"}}},
		// Shared names follow the countries the text names.
		{"Sri Lanka will spend 5bn rupees.", []want{{text: "5bn rupees", amount: "5000000000", currency: "LKR"}}},
		{"Colombia paid 400m pesos.", []want{{text: "400m pesos", amount: "400000000", currency: "COP"}}},
		{"It paid 3m kroner.", []want{{text: "3m kroner", amount: "3000000", currency: ""}}},
		{"Danish brewer Carlsberg paid 3m kroner.", []want{{text: "3m kroner", amount: "3000000", currency: "DKK"}}},
		{"Wages rose to 895.4 reais.", []want{{text: "895.4 reais", amount: "895.4", currency: "BRL"}}},
		// Typed thousands separators.
		{"It won $30, 000 in prizes.", []want{{text: "$30, 000", amount: "30000", currency: "USD"}}},
		{"It won $110,00 in prizes.", nil},
		{"No fare will be higher than $499.", []want{{text: "$499", amount: "499", currency: "USD", qual: "up_to"}}},
		{"Donations topping £250,000 were made.", []want{{text: "£250,000", amount: "250000", currency: "GBP", qual: "more_than"}}},
		{"It earned $458 m last year.", []want{{text: "$458 m", amount: "458000000", currency: "USD"}}},
		{"Pay rose to £5.05 an hour, up from £4.85.", []want{{text: "£5.05", amount: "5.05", currency: "GBP", per: "hour"}, {text: "£4.85", amount: "4.85", currency: "GBP", per: "hour"}}},
		{"He faces a maximum fine of £1,000.", []want{{text: "£1,000", amount: "1000", currency: "GBP", qual: "up_to"}}},
		{"He has an estimated fortune of $15bn.", []want{{text: "$15bn", amount: "15000000000", currency: "USD", qual: "about"}}},
		{"The sale raised more than an estimated $4bn.", []want{{text: "$4bn", amount: "4000000000", currency: "USD", qual: "more_than"}}},
		{"It pushed the dollar up to $1.3270.", []want{{text: "$1.3270", amount: "1.327", currency: "USD"}}},
		{"Shares lost more than $2 to $43.25.", []want{{text: "$2", amount: "2", currency: "USD", qual: "more_than"}, {text: "$43.25", amount: "43.25", currency: "USD"}}},
		{"Homes cost $50-100,000.", []want{{text: "$50-100,000", amount: "50000", currency: "USD", low: "50000", high: "100000"}}},
		{"It costs £10 per asylum seeker.", []want{{text: "£10", amount: "10", currency: "GBP", per: "asylum seeker"}}},
		{"Incomes of $75,000 (£39,000) or above.", []want{{text: "$75,000", amount: "75000", currency: "USD", qual: "at_least"}, {text: "£39,000", amount: "39000", currency: "GBP", qual: "at_least"}}},
		{"Average monthly wages were 895.4 reais.", []want{{text: "895.4 reais", amount: "895.4", currency: "BRL", per: "month"}}},
		{"There will be no tax on incomes below £6,000.", []want{{text: "£6,000", amount: "6000", currency: "GBP", qual: "less_than"}}},
		{"It put estimated annual surcharge revenues - £160m - at risk.", []want{{text: "£160m", amount: "160000000", currency: "GBP", qual: "about"}}},
		{"It paid $76 for each Guidant share.", []want{{text: "$76", amount: "76", currency: "USD", per: "share"}}},
		{"Profit was 17 cents a shares.", []want{{text: "17 cents", amount: "0.17", currency: "USD", per: "share"}}},
		{"Families will be £630 worse off a year.", []want{{text: "£630", amount: "630", currency: "GBP", per: "year"}}},
		{"It earned £17.m last year.", nil},
		{"Exports added up to 22,201bn yen.", []want{{text: "22,201bn yen", amount: "22201000000000", currency: "JPY"}}},
		{"It did not reveal that it paid more than $200,000.", []want{{text: "$200,000", amount: "200000", currency: "USD", qual: "more_than"}}},
		{"Sales could cross half a billion dollars.", []want{{text: "half a billion dollars", amount: "500000000", currency: "USD", qual: "more_than"}}},
		{"Piracy costs more than 200bn euros a year (£140bn; $258bn).", []want{
			{text: "200bn euros", amount: "200000000000", currency: "EUR", qual: "more_than", per: "year"},
			{text: "£140bn", amount: "140000000000", currency: "GBP", qual: "more_than", per: "year"},
			{text: "$258bn", amount: "258000000000", currency: "USD", qual: "more_than", per: "year"}}},
		{"It hopes to raise up to £680m.", []want{{text: "£680m", amount: "680000000", currency: "GBP", qual: "up_to"}}},
		{"Top-up fees of up to £3,000 a year.", []want{{text: "£3,000", amount: "3000", currency: "GBP", qual: "up_to", per: "year"}}},
		{"Oil surged back above the $47 a barrel mark.", []want{{text: "$47", amount: "47", currency: "USD", qual: "more_than", per: "barrel"}}},
		{"A sub-$100 PC went on sale.", []want{{text: "$100", amount: "100", currency: "USD", qual: "less_than"}}},
		{"Costs increased from £5.5bn to £8.2bn a year.", []want{{text: "£5.5bn", amount: "5500000000", currency: "GBP", per: "year"}, {text: "£8.2bn", amount: "8200000000", currency: "GBP", per: "year"}}},
		{"Oil fell 32 cents to $51.43 a barrel.", []want{{text: "32 cents", amount: "0.32", currency: "USD", per: "barrel"}, {text: "$51.43", amount: "51.43", currency: "USD", per: "barrel"}}},
		{"Oil closed down 51 cents at $44.38 a barrel.", []want{{text: "51 cents", amount: "0.51", currency: "USD", per: "barrel"}, {text: "$44.38", amount: "44.38", currency: "USD", per: "barrel"}}},
		{"A list price of $17.6m (£9.49m) per plane.", []want{{text: "$17.6m", amount: "17600000", currency: "USD", per: "plane"}, {text: "£9.49m", amount: "9490000", currency: "GBP", per: "plane"}}},
		{"It made a bid to raise up to $443m.", []want{{text: "$443m", amount: "443000000", currency: "USD", qual: "up_to"}}},
		{"The car is priced from £12,556.", []want{{text: "£12,556", amount: "12556", currency: "GBP", qual: "at_least"}}},
		{"Subsidies are estimated to exceed 16.5bn euros.", []want{{text: "16.5bn euros", amount: "16500000000", currency: "EUR", qual: "more_than"}}},
		{"Gas rose by $2 per 1,000 cubic metres.", []want{{text: "$2", amount: "2", currency: "USD", per: "1,000 cubic metres"}}},
		{"A euro buys $1.30 and more.", []want{{text: "$1.30", amount: "1.3", currency: "USD", qual: "at_least"}}},
		// Ranges split by bracketed conversions: the head range spans its
		// two ends; the conversion range is the value at its high end.
		{"Costs range from $2.5m (£1.3m) to $4m (£2.1m) of public money.", []want{
			{text: "$2.5m (£1.3m) to $4m", amount: "2500000", currency: "USD", low: "2500000", high: "4000000"},
			{text: "£2.1m", amount: "1300000", currency: "GBP", low: "1300000", high: "2100000"}}},
		{"They were paid between $60,000 (£31,000) and $150,000 a year.", []want{
			{text: "$60,000 (£31,000) and $150,000", amount: "60000", currency: "USD", low: "60000", high: "150000", per: "year"}}},
		{"Disks cost between $20 (£10.40) to $30 (£15.60) each.", []want{
			{text: "$20 (£10.40) to $30", amount: "20", currency: "USD", low: "20", high: "30", per: "item"},
			{text: "£15.60", amount: "10.4", currency: "GBP", low: "10.4", high: "15.6", per: "item"}}},
		{"Shares fell from 97p ($1.87) to 44p ($0.85).", []want{
			{text: "97p", amount: "0.97", currency: "GBP"}, {text: "$1.87", amount: "1.87", currency: "USD"},
			{text: "44p", amount: "0.44", currency: "GBP"}, {text: "$0.85", amount: "0.85", currency: "USD"}}},
		{"It would cut profits by $3.8m to $4.9m (£2m to £2.6m).", []want{
			{text: "$3.8m to $4.9m", amount: "3800000", currency: "USD", low: "3800000", high: "4900000"},
			{text: "£2m to £2.6m", amount: "2000000", currency: "GBP", low: "2000000", high: "2600000"}}},
		{"Profits rose from $3.8m to $4.9m.", []want{{text: "$3.8m", amount: "3800000", currency: "USD"}, {text: "$4.9m", amount: "4900000", currency: "USD"}}},
		{"Average monthly wages fell 1.8% in May to 900 reais ($330; £180) from April.", []want{
			{text: "900 reais", amount: "900", currency: "BRL", per: "month"},
			{text: "$330", amount: "330", currency: "USD", per: "month"},
			{text: "£180", amount: "180", currency: "GBP", per: "month"}}},
		{"My monthly bill had risen from its usual £3 to £5, to £320.", []want{{text: "£3 to £5", amount: "3", currency: "GBP", low: "3", high: "5", per: "month"}, {text: "£320", amount: "320", currency: "GBP", per: "month"}}},
		{"The annual total rose 35% to $593bn.", []want{{text: "$593bn", amount: "593000000000", currency: "USD"}}},
		{"Fraud rose an annual 6% to £116m.", []want{{text: "£116m", amount: "116000000", currency: "GBP"}}},
		{"On a monthly basis the gap narrowed by 4.9% in May to £56bn.", []want{{text: "£56bn", amount: "56000000000", currency: "GBP"}}},
		{"It cut the price by $2 per 1,000 cubic metres, bringing it down to $58.", []want{
			{text: "$2", amount: "2", currency: "USD", per: "1,000 cubic metres"}, {text: "$58", amount: "58", currency: "USD", per: "1,000 cubic metres"}}},
		{"Profit was 33 cents a share, but analysts had expected 34 cents.", []want{
			{text: "33 cents", amount: "0.33", currency: "USD", per: "share"}, {text: "34 cents", amount: "0.34", currency: "USD", per: "share"}}},
		// Old units beside a new unit of the same name.
		{"Notes of five million lira will go when the new lira comes, and the new one-lira coin.", []want{
			{text: "five million lira", amount: "5000000", currency: "TRL"}, {text: "one-lira", amount: "1", currency: "TRY"}}},
		{"It paid 5m lira.", []want{{text: "5m lira", amount: "5000000", currency: "TRY"}}},
		{"Iran will spend 1,546 trillion rials ($175.6bn).", []want{
			{text: "1,546 trillion rials", amount: "1546000000000000", currency: "IRR"}, {text: "$175.6bn", amount: "175600000000", currency: "USD"}}},
		{"New shares are priced at 9 euros cents each.", []want{{text: "9 euros cents", amount: "0.09", currency: "EUR", per: "item"}}},
		{"He called for a maximum $3m (£1.6m) fine.", []want{
			{text: "$3m", amount: "3000000", currency: "USD", qual: "up_to"}, {text: "£1.6m", amount: "1600000", currency: "GBP", qual: "up_to"}}},
		{"It costs users $1 (53p) for an hour's worth of processing.", []want{
			{text: "$1", amount: "1", currency: "USD", per: "hour"}, {text: "53p", amount: "0.53", currency: "GBP", per: "hour"}}},
		{"Players pay $5.95 for each 20-minute shooting session.", []want{{text: "$5.95", amount: "5.95", currency: "USD", per: "session"}}},
		{"It is a tax of up to £11,000 on every new house.", []want{{text: "£11,000", amount: "11000", currency: "GBP", qual: "up_to", per: "house"}}},
		{"Networks charge up to £1 for every one megabyte of data.", []want{{text: "£1", amount: "1", currency: "GBP", qual: "up_to", per: "megabyte"}}},
		{"It will pay $1.50 in cash for each MCI share.", []want{{text: "$1.50", amount: "1.5", currency: "USD", per: "share"}}},
		{"The firm gives 50p to the fund for each ticket sold.", []want{{text: "50p", amount: "0.5", currency: "GBP", per: "ticket"}}},
		{"He gave £5 to the man for his help.", []want{{text: "£5", amount: "5", currency: "GBP"}}},
		{"It paid £5 to the family, and for each child more.", []want{{text: "£5", amount: "5", currency: "GBP"}}},
		{"He said the £80m spent annually was wasted.", []want{{text: "£80m", amount: "80000000", currency: "GBP", per: "year"}}},
		{"On average each shopper will spend £220.", []want{{text: "£220", amount: "220", currency: "GBP", per: "shopper"}}},
		{"It spent £5m on each of the schools.", []want{{text: "£5m", amount: "5000000", currency: "GBP"}}},
		{"The euro was at 1.3187 euros per US dollar.", []want{{text: "1.3187 euros", amount: "1.3187", currency: "EUR", per: "dollar"}}},
		{"Many live on less than $4, or three euros, a day.", []want{
			{text: "$4", amount: "4", currency: "USD", qual: "less_than", per: "day"}, {text: "three euros", amount: "3", currency: "EUR", qual: "less_than", per: "day"}}},
		{"Pensioners get £200, or £300 where they are over 80.", []want{{text: "£200", amount: "200", currency: "GBP"}, {text: "£300", amount: "300", currency: "GBP"}}},
		{"It pays up to £63 a week for the first child and £111 for two children.", []want{
			{text: "£63", amount: "63", currency: "GBP", qual: "up_to", per: "week"}, {text: "£111", amount: "111", currency: "GBP", qual: "up_to", per: "week"}}},
		{"It is £4.85 per hour for those aged 22 and over, and at £4.10 for those aged 18 to 21.", []want{
			{text: "£4.85", amount: "4.85", currency: "GBP", per: "hour"}, {text: "£4.10", amount: "4.1", currency: "GBP", per: "hour"}}},
		{"Every time she breaks the record she gets $30,000.", []want{{text: "$30,000", amount: "30000", currency: "USD", per: "time"}}},
		{"The firm and its chief were each fined 1m euros ($1.3m).", []want{
			{text: "1m euros", amount: "1000000", currency: "EUR", per: "item"}, {text: "$1.3m", amount: "1300000", currency: "USD", per: "item"}}},
		{"The two banks have each put up $480m.", []want{{text: "$480m", amount: "480000000", currency: "USD", per: "item"}}},
		{"Parties must set out each quarter all donations over £5,000.", []want{{text: "£5,000", amount: "5000", currency: "GBP", qual: "more_than"}}},
		{"Staff are paid £4.85 as the basic rate.", []want{{text: "£4.85", amount: "4.85", currency: "GBP"}}},
		{"The tour helped push their 2004 earnings up to $43.1m.", []want{{text: "$43.1m", amount: "43100000", currency: "USD"}}},
		{"Fans will pay five pounds for a ticket.", []want{{text: "five pounds", amount: "5", currency: "GBP", per: "ticket"}}},
		{"He was paid £500 for a week of work.", []want{{text: "£500", amount: "500", currency: "GBP"}}},
		{"It is the first film to top the $100m (£52.7m) mark.", []want{
			{text: "$100m", amount: "100000000", currency: "USD", qual: "more_than"}, {text: "£52.7m", amount: "52700000", currency: "GBP", qual: "more_than"}}},
		{"It went on to hit the $100m (£53.2m) mark.", []want{
			{text: "$100m", amount: "100000000", currency: "USD"}, {text: "£53.2m", amount: "53200000", currency: "GBP"}}},
		{"Sales broke through the $4 trillion mark.", []want{{text: "$4 trillion", amount: "4000000000000", currency: "USD", qual: "more_than", context: "mark"}}},
		{"Crude jumped to $53.09 a barrel in New York before closing at $53.03.", []want{
			{text: "$53.09", amount: "53.09", currency: "USD", per: "barrel"}, {text: "$53.03", amount: "53.03", currency: "USD", per: "barrel"}}},
		{"Brent closed at $40.15 on Thursday, having dived below $39 a barrel.", []want{
			{text: "$40.15", amount: "40.15", currency: "USD", per: "barrel"}, {text: "$39", amount: "39", currency: "USD", qual: "less_than", per: "barrel"}}},
		{"Shares hit 300p a share before closing at £20.", []want{
			{text: "300p", amount: "3", currency: "GBP", per: "share"}, {text: "£20", amount: "20", currency: "GBP"}}},
		{"Each remote hunting session will cost $150.", []want{{text: "$150", amount: "150", currency: "USD", per: "session"}}},
		{"The surcharge rose from £2.50 to £4 a leg.", []want{{text: "£2.50", amount: "2.5", currency: "GBP", per: "leg"}, {text: "£4", amount: "4", currency: "GBP", per: "leg"}}},
		{"Next year's earnings per share would be lower, at between $4.0-$5.0.", []want{{text: "$4.0-$5.0", amount: "4", currency: "USD", low: "4", high: "5", per: "share"}}},
		{"The offer is 300p per share, which would value the club at about £800m.", []want{
			{text: "300p", amount: "3", currency: "GBP", per: "share"}, {text: "£800m", amount: "800000000", currency: "GBP", qual: "about"}}},
		{"Gas has risen to 200 dinars ($2.77) per canister from 170 dinars.", []want{
			{text: "200 dinars", amount: "200", currency: "", per: "canister"}, {text: "$2.77", amount: "2.77", currency: "USD", per: "canister"},
			{text: "170 dinars", amount: "170", currency: "", per: "canister"}}},
		// Not money.
		{"In 2024 the G7 met on the M25 after Covid-19.", nil},
		{"He was born on July 4, 1990, at 10:30.", nil},
		{"The dollar fell against the euro.", nil},
		{"Add two pounds of meat and 0.75 cup of flour.", nil},
		{"The plane was overloaded by 700 pounds (320kg).", nil},
		{"He weighed 200 pounds.", nil},
		{"Call 0800 123 4567 now.", nil},
		{"All 70 of us. ALL 5 solutions are wrong.", nil},
		{"Burnout 3 won three awards.", nil},
		{"Rapper 50 Cent released an album.", nil},
		{"The Psion series 3c was popular.", nil},
		{"He scored 25 points aged 45.", nil},
	}
	for _, tc := range tests {
		got := Find(lexer.Tokenize(tc.in), NewNames(tc.in))
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %d amounts %v, want %d", tc.in, len(got), texts(tc.in, got), len(tc.want))
			continue
		}
		for i, w := range tc.want {
			g := got[i]
			start := strings.Index(tc.in, w.text)
			if g.Start != start || g.End != start+len(w.text) {
				t.Errorf("%q: amount %d is %q [%d:%d], want %q [%d:%d]", tc.in, i, tc.in[g.Start:g.End], g.Start, g.End, w.text, start, start+len(w.text))
			}
			if g.Amount.String() != w.amount || g.Currency != w.currency {
				t.Errorf("%q: %q = %s %s, want %s %s", tc.in, w.text, g.Amount, g.Currency, w.amount, w.currency)
			}
			q := w.qual
			if q == "" {
				q = "exact"
			}
			if g.Qualifier != q {
				t.Errorf("%q: qualifier %q, want %q", tc.in, g.Qualifier, q)
			}
			if g.Per != w.per {
				t.Errorf("%q: per %q, want %q", tc.in, g.Per, w.per)
			}
			if g.Context != w.context {
				t.Errorf("%q: context %q, want %q", tc.in, g.Context, w.context)
			}
			if g.Vague != w.vague {
				t.Errorf("%q: vague %v, want %v", tc.in, g.Vague, w.vague)
			}
			if (g.Low == nil) != (w.low == "") || g.Low != nil && (g.Low.String() != w.low || g.High.String() != w.high) {
				t.Errorf("%q: range %v-%v, want %s-%s", tc.in, g.Low, g.High, w.low, w.high)
			}
		}
	}
}

func texts(in string, ms []Money) []string {
	var out []string
	for _, m := range ms {
		out = append(out, in[m.Start:m.End])
	}
	return out
}
