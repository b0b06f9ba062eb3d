import { Component, type ComponentChildren } from "preact";
import { EmergencyLine, type Hub } from "./EmergencyLine.tsx";

interface Props {
  hub?: Hub;
  /** Any change (an attribute, say) tries rendering again. */
  attempt: unknown;
  children: ComponentChildren;
}

/**
 * Catches any error while rendering the guidance and shows a plain message with the 999 line
 * instead of a blank or half-drawn box.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    // For the page's developers; nothing of the page or of any text is in it.
    console.error("Right Help could not show its guidance:", error);
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.attempt !== this.props.attempt) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="rh-root rh-widget" part="container" data-rh="error">
        <EmergencyLine hub={this.props.hub} />
        <div role="alert" class="rh-message rh-message--error" part="notice">
          <p>
            <strong>Right Help could not show its guidance here</strong> because of an error. If you are
            worried about a child, talk to your safeguarding lead.
          </p>
        </div>
      </div>
    );
  }
}
