using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Records;

/// <summary>One option of a fixed list: the value, the stable code a card's ChoiceSet sends, and its label.</summary>
public sealed record ChoiceOption<T>(T Value, string Code, LocalizedText Label)
    where T : struct, Enum;
