// A page of a member's sign-ups (GET /v1/me/courses) ends in a cursor naming its last sign-up, and
// a cancel deletes the sign-up: the next page's cursor then named nothing and answered 422
// invalid_cursor (我的课程: cancel the last one shown, tap 加载更多). A cancelled sign-up's
// place in the list is kept here, so its cursor still reads on from there.
export const sql = /* sql */ `
CREATE TABLE course_signups_cancelled (
  id text PRIMARY KEY,
  member_id text NOT NULL REFERENCES members(id),
  seq int NOT NULL
);
`;
