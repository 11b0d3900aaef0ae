/**
 * Charts of a meeting: the numbers (`linesPerPerson`, `topicDurations`), chart descriptions
 * (`peopleChart`, `topicChart`), and renderers for the HTML export (`svgBarChart`) and for
 * Markdown and plain text (`markdownBarChart`, `textBarChart`).
 */
export {
  linesPerPerson,
  topicDurations,
  type PersonLines,
  type PlannedTimes,
  type TopicDuration,
} from './chart-data';
export { MAX_ROWS, type BarChart, type BarRow } from './bar-chart';
export { BEFORE_FIRST_TOPIC, peopleChart, topicChart } from './meeting-charts';
export { svgBarChart } from './svg-chart';
export { markdownBarChart, textBarChart } from './text-chart';
