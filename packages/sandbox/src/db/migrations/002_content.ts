// 劳模风采, 职工课堂 and the 答题拉力赛 (issue 12). Same rules as 001: plain SQL for PGlite and
// PostgreSQL ≥ 13, no int8/numeric.
export const sql = /* sql */ `
CREATE TABLE model_workers (
  id text PRIMARY KEY,
  position int NOT NULL,
  name text NOT NULL,
  title text NOT NULL,
  level text NOT NULL,
  honours jsonb NOT NULL,
  employer text NOT NULL,
  occupation text NOT NULL,
  county_code text NOT NULL,
  year int NOT NULL,
  summary text NOT NULL,
  story jsonb NOT NULL,
  quote text,
  hue int NOT NULL
);
CREATE INDEX model_workers_level ON model_workers(level, position);

CREATE TABLE course_providers (
  id text PRIMARY KEY,
  position int NOT NULL,
  name text NOT NULL
);

CREATE TABLE courses (
  id text PRIMARY KEY,
  position int NOT NULL,
  title text NOT NULL,
  summary text NOT NULL,
  description jsonb NOT NULL,
  provider_id text NOT NULL REFERENCES course_providers(id),
  kind text NOT NULL,
  public_welfare boolean NOT NULL,
  series text,
  category text NOT NULL,
  duration_minutes int NOT NULL,
  lessons int NOT NULL,
  starts_at timestamptz,
  venue text,
  url text,
  capacity int CHECK (capacity >= 1),
  -- Seats taken: members who signed up here plus the seed's earlier sign-ups. Updated in the
  -- sign-up transaction under the course's row lock, so it can never pass the capacity.
  taken int NOT NULL CHECK (taken >= 0),
  CHECK (capacity IS NULL OR taken <= capacity)
);
CREATE INDEX courses_position ON courses(position);

CREATE TABLE course_signups (
  id text PRIMARY KEY,
  seq int GENERATED ALWAYS AS IDENTITY,
  course_id text NOT NULL REFERENCES courses(id),
  member_id text NOT NULL REFERENCES members(id),
  created_at timestamptz NOT NULL,
  UNIQUE (course_id, member_id)
);
CREATE INDEX course_signups_member ON course_signups(member_id, seq);

CREATE TABLE quiz_rallies (
  id text PRIMARY KEY,
  title text NOT NULL,
  theme text NOT NULL,
  round int NOT NULL,
  description text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  time_limit_seconds int,
  points_per_correct int NOT NULL CHECK (points_per_correct >= 0)
);

-- The answer and explanation never leave the server before the member has submitted.
CREATE TABLE quiz_questions (
  id text PRIMARY KEY,
  rally_id text NOT NULL REFERENCES quiz_rallies(id),
  position int NOT NULL,
  text text NOT NULL,
  options jsonb NOT NULL,
  answer text NOT NULL,
  explanation text NOT NULL
);
CREATE INDEX quiz_questions_rally ON quiz_questions(rally_id, position);

-- member_id has no foreign key: the seed adds the rest of the city's participants (not sandbox
-- test members) so the leaderboard has something to rank. One submission per member per round.
CREATE TABLE quiz_submissions (
  id text PRIMARY KEY,
  seq int GENERATED ALWAYS AS IDENTITY,
  rally_id text NOT NULL REFERENCES quiz_rallies(id),
  member_id text NOT NULL,
  branch_id text NOT NULL REFERENCES unions(id),
  score int NOT NULL,
  total int NOT NULL,
  points_awarded int NOT NULL,
  balance_after int NOT NULL,
  answers jsonb NOT NULL,
  submitted_at timestamptz NOT NULL,
  UNIQUE (rally_id, member_id)
);
CREATE INDEX quiz_submissions_branch ON quiz_submissions(rally_id, branch_id);
`;
