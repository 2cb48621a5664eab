module github.com/newsclaims/claims

go 1.26.0

require (
	github.com/jdkato/prose/v3 v3.2.3
	github.com/shopspring/decimal v1.6.0
)

require golang.org/x/text v0.44.0

require (
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/schollz/progressbar/v3 v3.19.1 // indirect
	golang.org/x/sys v0.50.0 // indirect
	golang.org/x/term v0.48.0 // indirect
)
