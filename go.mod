module github.com/newsclaims/claims

go 1.26.0

require (
	github.com/jdkato/prose/v3 v3.2.3
	github.com/shopspring/decimal v1.6.0
)

require gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
