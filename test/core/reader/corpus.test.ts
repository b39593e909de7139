/**
 * The corpus score must not fall (`npm run reader:score` prints it in full). Thresholds sit a little under the
 * score measured when they were last raised; raise them with the reader.
 */
import { f1, loadCorpus, precision, recall, scoreCorpus, type CorpusScore } from "./corpus";

// Lowered with batch corpus-c (30 unseen texts, first sight P 0.73): whole corpus then P 0.883, F1 0.905.
// Raised with the goal-evidence gate (stance.ts STRONG): whole corpus R 0.932 P 0.928 F1 0.930; then R 0.940 P 0.947.
// Deadline raised with the deadline carry rules (heading lists, clause leads, topics inside a list): 0.89 → 0.937.
// Raised again after the unseen-text rules of 2026-12-04: whole corpus R 0.943 P 0.962 F1 0.953, parent 0.967, deadline 0.959.
// Lowered with batch corpus-e (35 unseen texts, first sight P 0.83): whole corpus then R 0.944 P 0.942 F1 0.943,
// parent 0.968, deadline 0.952 (181 texts, 623 targets); precision and F1 floors set to the measured value.
const FLOOR = { recall: 0.935, precision: 0.942, f1: 0.943, parent: 0.955, deadline: 0.945 };

describe("reader against the labelled corpus of real texts (test/fixtures/resolutions)", () => {
  let score: CorpusScore;
  beforeAll(async () => {
    score = await scoreCorpus(loadCorpus());
  });

  it("reads every labelled text", () => {
    expect(score.documents.length).toBeGreaterThanOrEqual(181);
    expect(score.documents.every((d) => d.text.length > 0)).toBe(true);
    expect(score.overall.required).toBeGreaterThanOrEqual(623);
  });

  it("keeps recall, precision and F1 at or above the floor", () => {
    const got = { recall: recall(score.overall), precision: precision(score.overall), f1: f1(score.overall) };
    expect(got.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(got.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(got.f1).toBeGreaterThanOrEqual(FLOOR.f1);
  });

  it("gets parents and deadlines of the matched targets right", () => {
    expect(score.parent.right / score.parent.total).toBeGreaterThanOrEqual(FLOOR.parent);
    expect(score.deadline.right / score.deadline.total).toBeGreaterThanOrEqual(FLOOR.deadline);
  });
});
