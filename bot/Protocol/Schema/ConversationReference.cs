namespace VastbusBot.Protocol.Schema;

/// <summary>Everything a proactive message needs: where to post, as whom, to whom, in which language and time zone.</summary>
public sealed record ConversationReference
{
    public required string ServiceUrl { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    /// <summary>The user's <c>29:</c> id.</summary>
    public string? UserId { get; init; }

    public string? UserAadObjectId { get; init; }

    public string? UserName { get; init; }

    /// <summary>The bot's <c>28:</c> id.</summary>
    public string? BotId { get; init; }

    public string? BotName { get; init; }

    public string? Locale { get; init; }

    /// <summary>IANA time zone name.</summary>
    public string? Timezone { get; init; }

    /// <summary>Fills the addressing fields of an outbound activity that are still empty.</summary>
    public Activity ApplyTo(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ServiceUrl ??= ServiceUrl;
        activity.ChannelId ??= ChannelId;
        activity.Conversation ??= new ConversationAccount { Id = ConversationId, ConversationType = ConversationType, TenantId = TenantId };
        activity.From ??= BotId is null ? null : new ChannelAccount { Id = BotId, Name = BotName };
        activity.Recipient ??= UserId is null ? null : new ChannelAccount { Id = UserId, Name = UserName, AadObjectId = UserAadObjectId };
        activity.Locale ??= Locale;
        return activity;
    }
}
