namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>How sure the search must be before it answers, and what counts as a tie.</summary>
public sealed record SearchSettings
{
    /// <summary>
    /// The least confidence (the weighted share of the question the entry explains) that gives an answer. Below
    /// it the bot says the guidelines do not cover the question.
    /// </summary>
    public double AnswerThreshold { get; init; } = 0.25;

    /// <summary>
    /// The least confidence with which a question must match a known outside topic (bus times, salaries ...) for the
    /// bot to decline with that topic's referral; the outside topic must also rank above every entry.
    /// </summary>
    public double OutsideThreshold { get; init; } = 0.3;

    /// <summary>Candidates whose scores lie within this distance of the best are a tie: "Menade du …?".</summary>
    public double AmbiguityGap { get; init; } = 0.03;

    /// <summary>How many candidates a result carries at most.</summary>
    public int MaxCandidates { get; init; } = 5;

    /// <summary>The weight of matches in the language the question is not written in (terms shared by both).</summary>
    public double OtherLanguageWeight { get; init; } = 0.9;

    /// <summary>How much the similarity to an entry's closest example phrasing adds when ordering candidates.</summary>
    public double PhrasingWeight { get; init; } = 0.3;

    /// <summary>How much Lucene's BM25 ranking adds to the coverage score when ordering candidates.</summary>
    public double RankingWeight { get; init; } = 0.3;
}
