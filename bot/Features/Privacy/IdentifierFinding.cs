namespace VastbusBot.Features.Privacy;

/// <summary>The kinds of direct identifiers that must never be stored in meeting minutes or deviation reports.</summary>
public enum IdentifierKind
{
    /// <summary>A Swedish personal identity number (personnummer).</summary>
    PersonalIdentityNumber,

    /// <summary>A Swedish coordination number (samordningsnummer): a personnummer whose day is increased by 60.</summary>
    CoordinationNumber,

    /// <summary>A Swedish phone number, national (07x-xxx xx xx, 031-...) or international (+46 ...).</summary>
    PhoneNumber,

    /// <summary>An e-mail address.</summary>
    EmailAddress,
}

/// <summary>
/// One identifier found in a text. <see cref="Masked"/> hides the identifier (only its first characters remain) and
/// <see cref="MaskedExcerpt"/> adds some of the surrounding text, with every identifier in it masked, so the user can
/// see where the problem is. <see cref="ToString"/> gives only the kind and the masked value: the excerpt holds the
/// user's own words and does not belong in logs either.
/// </summary>
/// <param name="Kind">What was found.</param>
/// <param name="Index">Where it starts in the text that was checked.</param>
/// <param name="Length">How many characters it covers.</param>
/// <param name="Masked">The identifier with most characters replaced by <c>*</c>.</param>
/// <param name="MaskedExcerpt">The identifier in its context, masked, for showing back to the user.</param>
public sealed record IdentifierFinding(IdentifierKind Kind, int Index, int Length, string Masked, string MaskedExcerpt)
{
    public override string ToString() => $"{Kind} {Masked}";
}
