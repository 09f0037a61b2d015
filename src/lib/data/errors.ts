/** Where in a text file a problem was found (1-based line and column). */
export interface Position {
	file: string;
	line: number;
	column: number;
}

/** A problem in a data file, reported as `file:line:column: what is wrong; how to fix it`. */
export class DataError extends Error {
	readonly file: string;
	readonly line: number;
	readonly column: number;

	constructor(at: Position, problem: string, fix: string) {
		super(`${at.file}:${at.line}:${at.column}: ${problem}; ${fix}`);
		this.name = 'DataError';
		this.file = at.file;
		this.line = at.line;
		this.column = at.column;
	}
}
