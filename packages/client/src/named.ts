// The contract's named types of each endpoint, so an editor shows `Promise<MemberCard>` where it
// would show the 12 expanded lines of the schema's inferred type (TypeScript names a type by the
// declaration it came from, and a method's type is computed from the endpoint's schemas). The
// names are only used where they are the very types of the schemas (see `Named`): an entry here
// that drifted from the contract falls back to the schema's type, never to a wrong one, and a
// test checks that every entry matches.
import type {
  Benefit,
  BenefitGroup,
  CardReveal,
  CardVerification,
  CardVerificationInput,
  ConsentRecord,
  ConsentWithdrawInput,
  Course,
  CourseProvider,
  CourseQuery,
  CourseSignUp,
  CourseSignUpQuery,
  CreateOrderInput,
  LoanApplication,
  LoanApplicationInput,
  LoanApplicationQuery,
  LoanDraft,
  LoanDraftInput,
  LoanProduct,
  MallCategory,
  Member,
  MemberCard,
  Merchant,
  MerchantQuery,
  ModelWorker,
  ModelWorkerQuery,
  ModelWorkerSummary,
  Order,
  OrderQuery,
  PointsBalance,
  PointsTransaction,
  PointsTransactionQuery,
  Product,
  ProductQuery,
  QuizLeaderboardEntry,
  QuizQuestion,
  QuizRally,
  QuizResult,
  QuizSubmissionInput,
  SandboxAdvanceInput,
  SandboxClock,
  SandboxClockInput,
  SandboxMember,
  SandboxPointsInput,
  SandboxTextsInput,
  SandboxTextsResult,
  Service,
  Session,
  SessionInput,
  Union,
  UnionQuery,
  VerificationCode,
} from '@jiagong/contract';
import type { Page } from './page-promise.js';

/** A list that is not paginated (a type, as `Page` is). */
export type List<Item> = {
  /** Every item. */
  data: Item[];
};

/** What each endpoint's method resolves to (a list method: its pages), by endpoint name. */
export interface ResponseTypes {
  'services.list': List<Service>;
  'unions.tree': List<Union>;
  'merchants.list': Page<Merchant>;
  'mall.categories.list': List<MallCategory>;
  'mall.products.list': Page<Product>;
  'mall.products.get': Product;
  'loans.products': List<LoanProduct>;
  'sessions.create': Session;
  'cardVerifications.create': CardVerification;
  'me.get': Member;
  'me.card.get': MemberCard;
  'me.card.reveal': CardReveal;
  'me.card.benefits': List<Benefit>;
  'me.card.verificationCode': VerificationCode;
  'me.points.get': PointsBalance;
  'me.points.transactions': Page<PointsTransaction>;
  'me.orders.create': Order;
  'me.orders.list': Page<Order>;
  'me.orders.get': Order;
  'me.orders.cancel': Order;
  'me.loanDraft.get': { draft: LoanDraft | null };
  'me.loanDraft.save': LoanDraft;
  'me.loanDraft.delete': { deleted: true };
  'me.loanApplications.create': LoanApplication;
  'me.loanApplications.list': Page<LoanApplication>;
  'me.loanApplications.get': LoanApplication;
  'me.loanApplications.withdraw': LoanApplication;
  'me.consents.list': List<ConsentRecord>;
  'me.consents.withdraw': ConsentRecord;
  'models.list': Page<ModelWorkerSummary>;
  'models.get': ModelWorker;
  'courses.list': Page<Course>;
  'courses.providers': List<CourseProvider>;
  'courses.get': Course;
  'me.courses.signUp': CourseSignUp;
  'me.courses.cancel': Course;
  'me.courses.list': Page<CourseSignUp>;
  'quiz.current': QuizRally | null;
  'quiz.questions': List<QuizQuestion>;
  'quiz.leaderboard': List<QuizLeaderboardEntry>;
  'me.quiz.submit': QuizResult;
  'me.quiz.result': QuizResult | null;
  'sandbox.reset': { ok: true };
  'sandbox.members': List<SandboxMember>;
  'sandbox.advanceLoan': LoanApplication;
  'sandbox.setPoints': PointsBalance;
  'sandbox.clock': SandboxClock;
  'sandbox.setClock': SandboxClock;
  'sandbox.setTexts': SandboxTextsResult;
}

/** What each endpoint's method takes as its body, by endpoint name. */
export interface BodyTypes {
  'sessions.create': SessionInput;
  'cardVerifications.create': CardVerificationInput;
  'me.orders.create': CreateOrderInput;
  'me.loanDraft.save': LoanDraftInput;
  'me.loanApplications.create': LoanApplicationInput;
  'me.consents.withdraw': ConsentWithdrawInput;
  'me.quiz.submit': QuizSubmissionInput;
  'sandbox.advanceLoan': SandboxAdvanceInput;
  'sandbox.setPoints': SandboxPointsInput;
  'sandbox.setClock': SandboxClockInput;
  'sandbox.setTexts': SandboxTextsInput;
}

/** What each endpoint's method takes as its query, by endpoint name. */
export interface QueryTypes {
  'unions.tree': UnionQuery;
  'merchants.list': MerchantQuery;
  'mall.products.list': ProductQuery;
  'me.card.benefits': { group?: BenefitGroup | undefined };
  'me.points.transactions': PointsTransactionQuery;
  'me.orders.list': OrderQuery;
  'me.loanApplications.list': LoanApplicationQuery;
  'models.list': ModelWorkerQuery;
  'courses.list': CourseQuery;
  'me.courses.list': CourseSignUpQuery;
}

/** Whether `A` and `B` are the same type (each assignable to the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * `Names[K]` when it is the very type `T` (endpoint `K`'s schema type), else `T`: a table of a
 * partner's own with a key of ours, an entry that drifted, or no name (`K` never) keeps `T`.
 */
export type Named<Names, K, T> = [K] extends [keyof Names]
  ? Same<Names[K & keyof Names], T> extends true
    ? Names[K & keyof Names]
    : T
  : T;
