// Sessions ended more than a day ago are deleted a bounded batch at a time as new ones are made:
// the index finds them without a table scan.
export const sql = /* sql */ `
CREATE INDEX sessions_expires_at ON sessions(expires_at);
`;
