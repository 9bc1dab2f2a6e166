import { render } from 'preact';

render(<p>HKETO Lens</p>, document.getElementById('app')!);
