using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Help;

/// <summary>One thing the bot can do, as the help card explains it.</summary>
/// <param name="Id">Stable id, used in card data.</param>
/// <param name="Title">Button and heading text.</param>
/// <param name="Summary">One line on the help card.</param>
/// <param name="Description">What it does and for whom, on the topic card.</param>
/// <param name="Examples">What to type.</param>
/// <param name="Available">False while the feature is still being built: the card says so plainly.</param>
public sealed record HelpTopic(
    string Id,
    LocalizedText Title,
    LocalizedText Summary,
    LocalizedText Description,
    IReadOnlyList<LocalizedText> Examples,
    bool Available);
