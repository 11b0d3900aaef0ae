import type { Locator, Page } from '@playwright/test';

/** The timeline, actions and participants panes, and the open vote, by role and label. */
export class MeetingPanes {
  readonly timeline: Locator;
  readonly spans: Locator;
  readonly actions: Locator;
  readonly actionItems: Locator;
  readonly people: Locator;
  readonly vote: Locator;
  readonly status: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    this.timeline = page.getByTestId('pane-timeline');
    this.spans = this.timeline.getByTestId('topic-span');
    this.actions = page.getByTestId('pane-actions');
    this.actionItems = this.actions.getByTestId('action-item');
    this.people = page.getByTestId('pane-people');
    this.vote = page.getByTestId('vote-panel');
    this.status = page.getByTestId('meeting-status');
    this.notice = page.getByTestId('meeting-notice');
  }

  /** The span of the topic titled `title`. */
  span(title: string): Locator {
    return this.spans.filter({ hasText: title });
  }

  /** The action items (one per owner group it is listed in) whose text contains `text`. */
  action(text: string): Locator {
    return this.actionItems.filter({ hasText: text });
  }
}
