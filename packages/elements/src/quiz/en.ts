// English texts of the quiz: `import '@jiagong/elements/quiz/en'`.
import { count } from '../internal/en.js';
import { localeLoaded } from '../internal/localize.js';
import { quizMessages } from './messages.js';

quizMessages.en = {
  none: 'No quiz is running',
  noneDetail: 'The next round will appear here.',
  rules: (questions, per) =>
    `${count(questions, 'single-choice question')}, ${count(per, 'point')} per correct answer, one attempt per round.`,
  timeLimit: (minutes) => `${count(minutes, 'minute')}; answers are sent when time is up.`,
  untimed: 'No time limit.',
  window: (end) => `Open until ${end}`,
  start: 'Start the quiz',
  starting: 'Preparing the questions…',
  progress: (n, total) => `Question ${n} of ${total}`,
  timeLeft: (min, s) => `Time left: ${count(min, 'minute')} ${count(s, 'second')}`,
  minuteLeft: '1 minute left',
  secondsLeft: (s) => `${count(s, 'second')} left`,
  timeUp: 'Time is up, sending your answers',
  previous: 'Previous',
  next: 'Next',
  submit: 'Submit answers',
  submitting: 'Submitting…',
  unanswered: (n) =>
    `${count(n, 'question is', 'questions are')} unanswered; answers cannot be changed later. Submit now?`,
  keepAnswering: 'Keep answering',
  submitAnyway: 'Submit',
  resultTitle: 'Quiz complete',
  score: (score, total) => `${score} of ${total} correct`,
  pointsEarned: (points) => `${count(points, 'point')} earned`,
  noPoints: 'No points this time',
  balance: (points) => `Balance: ${count(points, 'point')}`,
  toMall: 'Spend them in the points mall',
  review: 'Answers and explanations',
  yourAnswer: 'Your answer: ',
  noAnswer: 'Not answered',
  correctAnswer: 'Correct answer: ',
  correct: 'Correct',
  wrong: 'Wrong',
  leaderboard: 'Union branches ranking',
  rank: 'Rank',
  union: 'Union',
  participants: 'Participants',
  average: 'Average correct',
  submitted: (points) => `Answers sent, ${count(points, 'point')} earned`,
  cardInactive:
    'Your member card is suspended or expired, so you cannot take part. Contact your union to reinstate or renew your card',
};

localeLoaded();
