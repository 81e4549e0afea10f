import { render } from 'preact';

// Placeholder until the settings page lands (issue 5).
render(<main><h1>Source Lens settings</h1><p>Settings will appear here.</p></main>, document.getElementById('app')!);
