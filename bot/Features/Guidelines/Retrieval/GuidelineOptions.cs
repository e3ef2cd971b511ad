namespace VastbusBot.Features.Guidelines.Retrieval;

/// <summary>Configuration section "Guidelines".</summary>
public sealed class GuidelineOptions
{
    public const string SectionName = "Guidelines";

    /// <summary>The knowledge base folder; relative paths are resolved against the app's folder. Default: <c>Knowledge</c>.</summary>
    public string KnowledgePath { get; set; } = "Knowledge";

    /// <summary>Confidence needed for an answer (0–1); see <see cref="SearchSettings.AnswerThreshold"/>.</summary>
    public double? AnswerThreshold { get; set; }

    /// <summary>Score distance that makes two candidates a tie; see <see cref="SearchSettings.AmbiguityGap"/>.</summary>
    public double? AmbiguityGap { get; set; }

    /// <summary>The absolute knowledge base folder.</summary>
    public string ResolveKnowledgePath() => Path.GetFullPath(KnowledgePath, AppContext.BaseDirectory);

    public SearchSettings ToSearchSettings()
    {
        var defaults = new SearchSettings();
        return defaults with
        {
            AnswerThreshold = AnswerThreshold ?? defaults.AnswerThreshold,
            AmbiguityGap = AmbiguityGap ?? defaults.AmbiguityGap,
        };
    }
}
