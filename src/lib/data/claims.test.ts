import { describe, expect, it } from 'vitest';
import { parseClaims } from './claims';

const header = 'id,value,unit,year,quote,source\n';
const row = 'share,70,percent,2019,more than 70% of world spending,a report\n';

describe('parseClaims(text, file)', () => {
	it('parseClaims reads a claim with its figure, unit, year and quote', () => {
		expect(parseClaims(header + row, 'claims.csv')).toEqual([
			{
				id: 'share',
				value: 70,
				unit: 'percent',
				year: 2019,
				quote: 'more than 70% of world spending',
				source: 'a report'
			}
		]);
	});

	it.each([
		[
			'a quote without the figure',
			row.replace('more than 70%', 'most'),
			'claims.csv:2:23: the quote does not contain the value 70; quote the words that give the figure'
		],
		[
			'a figure that is not a number',
			row.replace(',70,', ',seventy,'),
			'claims.csv:2:7: value "seventy" is not a number; write the figure as said, in plain digits'
		],
		[
			'an unknown unit',
			row.replace('percent', 'km'),
			'claims.csv:2:10: unit "km" is not one of "countries", "percent"; use one of those words'
		],
		[
			'an id that is not a name',
			row.replace('share,', 'The Share,'),
			'claims.csv:2:1: claim id "The Share" is not a name; use lower-case letters, digits and hyphens, e.g. share'
		],
		[
			'an id twice',
			row + row,
			'claims.csv:3:1: claim id share appears twice (first on line 2); the file has one row per claim id: remove the duplicate row'
		]
	])('parseClaims rejects %s', (_case, body, message) => {
		expect(() => parseClaims(header + body, 'claims.csv')).toThrow(message);
	});

	it('parseClaims(text, file, today) refuses a claim made after the build year', () => {
		const later = row.replace(',2019,', ',2027,');
		expect(parseClaims(header + later, 'claims.csv', '2027-01-01')[0]!.year).toBe(2027);
		expect(() => parseClaims(header + later, 'claims.csv', '2026-12-07')).toThrow(
			'claims.csv:2:18: year "2027" is after this year (2026); the data records what has happened: check the year'
		);
	});
});
