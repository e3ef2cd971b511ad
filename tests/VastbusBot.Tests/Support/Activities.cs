using System.Text.Json;
using System.Text.Json.Nodes;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Tests.Support;

/// <summary>Teams-shaped activities, as captured from Teams and the Agents Playground.</summary>
internal static class Activities
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-1";
    public const string UserAadObjectId = "00000000-0000-0000-0000-000000000021";
    public const string PersonalConversation = "a:personal-1";

    public static Activity Message(string text, string locale = "sv-SE", string conversationId = PersonalConversation, string conversationType = "personal", string serviceUrl = "https://smba.trafficmanager.net/emea/") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString(),
        Text = text,
        TextFormat = "plain",
        Locale = locale,
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = UserId, Name = "Megan Bowen", AadObjectId = UserAadObjectId },
        Recipient = new ChannelAccount { Id = BotId, Name = "VastbusBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = conversationType, TenantId = TenantId, IsGroup = conversationType != "personal" },
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    public static Activity Submit(JsonObject value, string replyToId, string locale = "en-US")
    {
        var a = Message(string.Empty, locale);
        a.Text = null;
        a.ReplyToId = replyToId;
        a.Value = JsonSerializer.SerializeToElement(value);
        return a;
    }

    public static Activity Invoke(string verb, JsonObject data, string replyToId = "card-1", string locale = "en-US")
    {
        var a = Message(string.Empty, locale);
        a.Type = ActivityTypes.Invoke;
        a.Text = null;
        a.Name = "adaptiveCard/action";
        a.ReplyToId = replyToId;
        data["verb"] = verb;
        a.Value = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        });
        return a;
    }

    public static Activity MembersAdded(params string[] memberIds)
    {
        var a = Message(string.Empty);
        a.Type = ActivityTypes.ConversationUpdate;
        a.Text = null;
        a.MembersAdded = [.. memberIds.Select(id => new ChannelAccount { Id = id })];
        return a;
    }

    public static Activity Installation(string action)
    {
        var a = Message(string.Empty);
        a.Type = ActivityTypes.InstallationUpdate;
        a.Text = null;
        a.Action = action;
        return a;
    }
}
