// Types for the `archieml` package (it ships none): ArchieML text → plain data.
declare module 'archieml' {
	interface Options {
		/** Remove [bracketed comments] from values; default false. */
		comments?: boolean;
	}
	const archieml: { load(text: string, options?: Options): Record<string, unknown> };
	export default archieml;
}
