using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace VastbusBot.Protocol.Schema;

/// <summary>
/// A Bot Framework activity. Unknown fields are kept in <see cref="ExtensionData"/> so an activity that is read,
/// stored or echoed loses nothing the model does not know about.
/// </summary>
public sealed class Activity
{
    /// <summary>See <see cref="ActivityTypes"/>. Empty when the wire JSON had none (the endpoint rejects that).</summary>
    public string Type { get; set; } = string.Empty;

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>IANA time zone name of the sender's client.</summary>
    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    /// <summary><c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; set; }

    public IList<Entity>? Entities { get; set; }

    public JsonObject? ChannelData { get; set; }

    public string? ReplyToId { get; set; }

    /// <summary>Action.Submit inputs on messages, the invoke payload on invokes, event data on events.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>The invoke or event name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    /// <summary>installationUpdate: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>Notification/preview text for messages whose body is a card.</summary>
    public string? Summary { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>A new outbound message.</summary>
    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>The tenant: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public string? GetTenantId()
    {
        if (!string.IsNullOrEmpty(Conversation?.TenantId))
        {
            return Conversation.TenantId;
        }

        return ChannelData?["tenant"] is JsonObject tenant && tenant["id"] is JsonValue id && id.TryGetValue<string>(out var value)
            ? value
            : null;
    }

    /// <summary>The first <c>clientInfo</c> entity, the best source of the user's locale and IANA time zone.</summary>
    public ClientInfo? GetClientInfo()
    {
        if (Entities is null)
        {
            return null;
        }

        foreach (var entity in Entities)
        {
            if (entity?.AsClientInfo() is { } info)
            {
                return info;
            }
        }

        return null;
    }

    /// <summary>All <c>mention</c> entities.</summary>
    public IReadOnlyList<Mention> GetMentions()
    {
        if (Entities is null)
        {
            return [];
        }

        var mentions = new List<Mention>();
        foreach (var entity in Entities)
        {
            if (entity?.AsMention() is { } mention)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    /// <summary>
    /// The text with the bot's own <c>&lt;at&gt;...&lt;/at&gt;</c> mention removed and trimmed; empty when there is no
    /// text. In channels and group chats the mention is part of the text and would otherwise break command matching.
    /// </summary>
    public string GetTextWithoutBotMention()
    {
        if (string.IsNullOrEmpty(Text))
        {
            return string.Empty;
        }

        var text = Text;
        var mentions = GetMentions();
        var botId = Recipient?.Id;
        var removed = false;
        if (!string.IsNullOrEmpty(botId))
        {
            foreach (var mention in mentions)
            {
                if (string.Equals(mention.MentionedId, botId, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(mention.Text))
                {
                    removed |= MentionText.RemoveAll(ref text, mention.Text);
                }
            }
        }

        if (!removed)
        {
            // Some clients send the <at> tag without a matching entity: drop a leading tag unless an entity says it
            // names someone other than the bot.
            text = MentionText.RemoveLeadingTag(text, tag => mentions.Any(m =>
                string.Equals(m.Text, tag, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(m.MentionedId, botId, StringComparison.OrdinalIgnoreCase)));
        }

        return text.Trim();
    }

    /// <summary>A reply message addressed back to the sender in the same conversation.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = Copy(Recipient),
        Recipient = Copy(From),
        Conversation = Copy(Conversation),
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Locale = Locale,
        ReplyToId = Id,
    };

    /// <summary>What a proactive message to this conversation needs later.</summary>
    /// <exception cref="InvalidOperationException">serviceUrl or conversation.id is missing.</exception>
    public ConversationReference GetConversationReference()
    {
        if (string.IsNullOrEmpty(ServiceUrl) || string.IsNullOrEmpty(Conversation?.Id))
        {
            throw new InvalidOperationException("The activity has no serviceUrl or conversation id, so it cannot be referenced later.");
        }

        var clientInfo = GetClientInfo();
        return new ConversationReference
        {
            ServiceUrl = ServiceUrl,
            // This bot only talks to Teams; an activity without channelId (test clients) is treated as Teams.
            ChannelId = string.IsNullOrEmpty(ChannelId) ? "msteams" : ChannelId,
            ConversationId = Conversation.Id,
            ConversationType = Conversation.ConversationType,
            TenantId = GetTenantId(),
            UserId = From?.Id,
            UserAadObjectId = From?.AadObjectId,
            UserName = From?.Name,
            BotId = Recipient?.Id,
            BotName = Recipient?.Name,
            Locale = Locale ?? clientInfo?.Locale,
            Timezone = clientInfo?.Timezone ?? LocalTimezone,
        };
    }

    private static ChannelAccount? Copy(ChannelAccount? account) => account is null
        ? null
        : new ChannelAccount { Id = account.Id, Name = account.Name, AadObjectId = account.AadObjectId, Role = account.Role };

    private static ConversationAccount? Copy(ConversationAccount? conversation) => conversation is null
        ? null
        : new ConversationAccount
        {
            Id = conversation.Id,
            Name = conversation.Name,
            ConversationType = conversation.ConversationType,
            TenantId = conversation.TenantId,
            IsGroup = conversation.IsGroup,
        };
}
