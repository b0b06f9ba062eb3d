import { render } from "preact";

render(<p>Right Help</p>, document.getElementById("app")!);
