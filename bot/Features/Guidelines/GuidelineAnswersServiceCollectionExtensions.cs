using Microsoft.Extensions.DependencyInjection.Extensions;
using VastbusBot.Conversation;
using VastbusBot.Features.Administration;
using VastbusBot.Features.Guidelines.Admin;
using VastbusBot.Features.Guidelines.Answers;
using VastbusBot.Features.Guidelines.Insights;

namespace VastbusBot.Features.Guidelines;

/// <summary>Registers the guideline answers: the question handler, its card buttons, insights and admin commands.</summary>
public static class GuidelineAnswersServiceCollectionExtensions
{
    /// <remarks>Expects the search (<c>AddGuidelineSearch</c>) and the registry (<c>AddRecords</c>) to be registered too.</remarks>
    public static IServiceCollection AddGuidelineAnswers(this IServiceCollection services)
    {
        services.TryAddSingleton<IAdminPolicy, RegistryAdminPolicy>();
        services.TryAddSingleton<IGuidelineInsightsStore, TableGuidelineInsightsStore>();
        services.AddSingleton<IQuestionHandler, GuidelineQuestionHandler>();
        services.AddSingleton<ICardAction, GuidelineCardActions>();
        services.AddSingleton<ITextCommand, ReloadKnowledgeCommand>();
        services.AddSingleton<ITextCommand, GuidelineInsightsCommand>();
        return services;
    }
}
