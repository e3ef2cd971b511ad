using VastbusBot.Features.Records.Validation;

namespace VastbusBot.Features.Records.Cards;

/// <summary>The field errors a form came back with, looked up by input id (<see cref="FieldError.Field"/>).</summary>
public sealed class FormErrors
{
    public FormErrors(IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        All = [.. errors];
    }

    public static FormErrors None { get; } = new([]);

    public IReadOnlyList<FieldError> All { get; }

    public bool HasAny => All.Count > 0;

    /// <summary>True when a field was refused for holding a personal identifier.</summary>
    public bool HasIdentifier => All.Any(e => e.Code == ErrorCodes.Identifier);

    /// <summary>The errors of exactly <paramref name="field"/>.</summary>
    public IReadOnlyList<FieldError> For(string field) => [.. All.Where(e => e.Field == field)];

    /// <summary>The errors of a list and of its items (<c>trainings</c>, <c>trainings[2]</c>, <c>participants[1].name</c>).</summary>
    public IReadOnlyList<FieldError> ForList(string list) =>
        [.. All.Where(e => e.Field == list || e.Field.StartsWith(list + "[", StringComparison.Ordinal))];
}
