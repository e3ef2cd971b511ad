using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VastbusBot.Features.Guidelines.Retrieval;

public static class GuidelineServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GuidelineKnowledge"/> as a singleton (also as <see cref="IGuidelineSearch"/>), configured
    /// from the "Guidelines" section, and loads it when the host starts so invalid files stop the start-up.
    /// </summary>
    public static IServiceCollection AddGuidelineSearch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GuidelineOptions>()
            .Bind(configuration.GetSection(GuidelineOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.KnowledgePath), "Guidelines:KnowledgePath must name the knowledge base folder.")
            .Validate(o => o.AnswerThreshold is null or (> 0 and <= 1), "Guidelines:AnswerThreshold must be above 0 and at most 1.")
            .Validate(o => o.AmbiguityGap is null or (>= 0 and < 1), "Guidelines:AmbiguityGap must be at least 0 and below 1.")
            .ValidateOnStart();
        services.TryAddSingleton<GuidelineKnowledge>();
        services.TryAddSingleton<IGuidelineSearch>(sp => sp.GetRequiredService<GuidelineKnowledge>());
        services.TryAddSingleton<IGuidelineKnowledge>(sp => sp.GetRequiredService<GuidelineKnowledge>());
        services.AddHostedService<GuidelineKnowledgeStartup>();
        return services;
    }
}

/// <summary>Creates the knowledge base at start-up rather than on the first question.</summary>
internal sealed class GuidelineKnowledgeStartup(GuidelineKnowledge knowledge) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = knowledge.KnowledgeBase;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
