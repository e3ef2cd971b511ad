namespace VastbusBot.Features.Guidelines.Knowledge;

// The YAML shapes exactly as experts write them (snake_case keys). Everything is nullable so that a missing
// field becomes a validation message naming the file and field, not a parser exception.
#pragma warning disable CA1812 // Instantiated by YamlDotNet.
#pragma warning disable CA2227 // Collection setters are what the YAML deserializer needs.

internal sealed class EntryFile
{
    public string? Id { get; set; }

    public string? Topic { get; set; }

    public TextPair? Title { get; set; }

    public TextPair? Answer { get; set; }

    public TextPair? Details { get; set; }

    public List<ResponsibleItem>? Responsible { get; set; }

    public List<LegalItem>? LegalBasis { get; set; }

    public string? Applies { get; set; }

    public TextPair? Document { get; set; }

    public List<CitationItem>? Sources { get; set; }

    public ListPair? Questions { get; set; }

    public ListPair? Keywords { get; set; }

    public List<string>? Related { get; set; }
}

internal sealed class OutsideItem
{
    public string? Id { get; set; }

    public TextPair? Referral { get; set; }

    public ListPair? Questions { get; set; }

    public ListPair? Keywords { get; set; }

    public ListPair? Cues { get; set; }
}

internal sealed class TextPair
{
    public string? Sv { get; set; }

    public string? En { get; set; }
}

internal sealed class ListPair
{
    public List<string>? Sv { get; set; }

    public List<string>? En { get; set; }
}

internal sealed class ResponsibleItem
{
    public string? Party { get; set; }

    public TextPair? Role { get; set; }
}

internal sealed class LegalItem
{
    public string? Ref { get; set; }

    public TextPair? Note { get; set; }
}

internal sealed class CitationItem
{
    public string? Id { get; set; }

    public string? Section { get; set; }
}

internal sealed class PartyItem
{
    public string? Id { get; set; }

    /// <summary>Which side the party belongs to (kommun, region, ...); informational.</summary>
    public string? Kind { get; set; }

    public TextPair? Name { get; set; }

    public TextPair? Description { get; set; }
}

internal sealed class SourceItem
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Publisher { get; set; }

    /// <summary>A remark on the source, e.g. how its address was found; informational.</summary>
    public string? Note { get; set; }
}
