/**
 * What each query and path parameter means, for docs/openapi.json (a doc portal shows it beside
 * the parameter; a generated client puts it on the argument). Keyed by parameter name, or by
 * `endpoint.parameter` where one name means something else on that endpoint.
 */
export const parameterDocs: Readonly<Record<string, string>> = {
  cursor: "The previous page's `nextCursor`, passed back unchanged; omit it for the first page.",
  limit: 'Items per page, 1 to 100 (20 when omitted).',
  q: 'Search text, at most 50 characters.',
  id: 'The id of the item, as its `id` field gives it.',
  'unions.tree.parentId': 'The children of this union; omit it (and `q`) for the top of the tree.',
  'unions.tree.q': 'Unions whose name contains this text.',
  'merchants.list.county':
    'A county union id (`u_330402` …) or its region code (`330402`): merchants there only.',
  'merchants.list.category': 'Merchants of this category only.',
  'merchants.list.q': 'Merchants whose name, address or discount contains this text.',
  'mall.products.list.category': 'A category id from `GET /v1/mall/categories`.',
  'mall.products.list.q': 'Products whose name or summary contains this text.',
  'mall.products.list.sort': 'The order of the list: by points price (up or down) or newest first.',
  'mall.products.list.maxPoints':
    'Only products whose points price is at most this (what the member can afford).',
  'me.card.benefits.group': 'Benefits of this group only.',
  'me.points.transactions.type': 'Ledger entries of this type only.',
  'me.orders.list.status': 'Orders in this status only.',
  'models.list.level': 'Model workers whose highest honour has this level only.',
  'models.list.q': 'Model workers whose name, employer, occupation or honour contains this text.',
  'courses.list.kind': 'Online or offline courses only.',
  'courses.list.provider': 'A provider id from `GET /v1/course-providers`.',
  'courses.list.publicWelfare': '`true`: only public-welfare courses; `false`: only the others.',
  'courses.list.q': 'Courses whose title, summary, category or series contains this text.',
  'mall.products.get.id': 'The product id (`prd_…`).',
  'me.orders.get.id': 'The order id.',
  'me.orders.cancel.id': 'The id of the order to cancel.',
  'me.loanApplications.get.id': 'The loan application id.',
  'me.loanApplications.withdraw.id': 'The id of the loan application to withdraw.',
  'models.get.id': 'The model worker id.',
  'courses.get.id': 'The course id.',
  'me.courses.signUp.id': 'The id of the course to sign up for.',
  'me.courses.cancel.id': 'The id of the course whose sign-up to cancel.',
  'quiz.questions.id': 'The rally id (`GET /v1/quiz/current`).',
  'quiz.leaderboard.id': 'The rally id (`GET /v1/quiz/current`).',
  'me.quiz.result.id': 'The rally id (`GET /v1/quiz/current`).',
  'sandbox.advanceLoan.id': 'The id of the loan application to move on.',
  'sandbox.setPoints.id': 'The sandbox member id (`m_1001` …).',
};
