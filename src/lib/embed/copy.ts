/**
 * Wires the copy buttons of the embed index: `<button data-copy="id" hidden>` copies the text
 * of element `#id`. The buttons stay hidden without JavaScript (the code can still be selected).
 */
export function wireCopyButtons(doc: Document = document): void {
	for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		const source = doc.getElementById(button.dataset.copy ?? '');
		if (!source) continue;
		const label = button.textContent;
		button.hidden = false;
		button.addEventListener('click', async () => {
			const text = source.textContent ?? '';
			try {
				await navigator.clipboard.writeText(text);
				button.textContent = 'Copied';
			} catch {
				// No clipboard permission (e.g. inside a frame): select the code for Ctrl+C instead.
				doc.getSelection()?.selectAllChildren(source);
				button.textContent = 'Selected: press Ctrl+C';
			}
			setTimeout(() => (button.textContent = label), 2000);
		});
	}
}
