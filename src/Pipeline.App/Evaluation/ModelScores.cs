using Pipeline.Llm;

namespace Pipeline.App.Evaluation;

/// <summary>
/// The conflict figures with the model's second opinion: the disputes it calls not a conflict (not
/// one fact, or no real disagreement) set aside, the rest scored as the rules' are, so the uplift is measured.
/// </summary>
/// <param name="Model">The model's name.</param>
/// <param name="Adjudication">What the adjudication run over the eval's disputes did (asked, stored, failed, why it stopped).</param>
/// <param name="SetAside">Open disputes with a verdict of sameFact=false or disagree=false.</param>
/// <param name="Conflicts">The figures over the disputes left.</param>
public sealed record ModelScores(string Model, AdjudicationReport Adjudication, int SetAside, ConflictScores Conflicts);
