using System.Text.Json;
using System.Text.Json.Nodes;
using VastbusBot.Protocol.Schema;

namespace VastbusBot.Protocol.Tests.Schema;

public sealed class ActivityTests
{
    private const string ChannelMessage = """
        {
          "type": "message",
          "id": "1700000000001",
          "timestamp": "2026-11-23T11:14:36.368Z",
          "localTimestamp": "2026-11-23T12:14:36.368+01:00",
          "localTimezone": "Europe/Stockholm",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:user", "name": "Anna Berg", "aadObjectId": "aad-anna", "userRole": "user" },
          "recipient": { "id": "28:bot-app-id", "name": "VastbusBot" },
          "conversation": { "conversationType": "channel", "id": "19:abc@thread.tacv2;messageid=1700000000000", "isGroup": true, "tenantId": null },
          "text": "<at>VastbusBot</at> hjälp med <at>Erik</at> tack\n",
          "textFormat": "plain",
          "locale": "sv-SE",
          "attachments": [ { "contentType": "text/html", "content": "<p>x</p>" } ],
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot-app-id", "name": "VastbusBot" }, "text": "<at>VastbusBot</at>" },
            { "type": "mention", "mentioned": { "id": "29:erik", "name": "Erik" }, "text": "<at>Erik</at>" },
            { "type": "clientInfo", "locale": "sv-SE", "country": "SE", "platform": "Windows", "timezone": "Europe/Stockholm" }
          ],
          "channelData": {
            "teamsChannelId": "19:abc@thread.tacv2",
            "team": { "id": "19:team@thread.tacv2", "aadGroupId": "group-1" },
            "channel": { "id": "19:abc@thread.tacv2" },
            "tenant": { "id": "tenant-1" }
          },
          "futureField": { "nested": [1, 2, 3] },
          "deliveryMode": "normal"
        }
        """;

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

    [Fact]
    public void RoundTrip_UnknownFields_Kept()
    {
        var activity = Parse(ChannelMessage);

        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.Equal(3, json["futureField"]!["nested"]!.AsArray().Count);
        Assert.Equal("normal", json["deliveryMode"]!.GetValue<string>());
        Assert.Equal("user", json["from"]!["userRole"]!.GetValue<string>());
        Assert.Equal("group-1", json["channelData"]!["team"]!["aadGroupId"]!.GetValue<string>());
        Assert.Equal("Europe/Stockholm", json["entities"]![2]!["timezone"]!.GetValue<string>());
        Assert.Equal("29:erik", json["entities"]![1]!["mentioned"]!["id"]!.GetValue<string>());
        Assert.Equal("<p>x</p>", json["attachments"]![0]!["content"]!.GetValue<string>());
    }

    [Fact]
    public void RoundTrip_NullsOmittedAndCamelCase()
    {
        var json = JsonSerializer.Serialize(Activity.CreateMessage("hej"), ProtocolJson.Options);

        Assert.Equal("{\"type\":\"message\",\"text\":\"hej\"}", json);
    }

    [Fact]
    public void Deserialize_PascalCaseProperties_ReadCaseInsensitively()
    {
        var activity = Parse("""{"Type":"event","Name":"application/vnd.microsoft.meetingStart","Value":{"Id":"m-1","Title":"Möte"}}""");

        Assert.Equal(ActivityTypes.Event, activity.Type);
        Assert.Equal("application/vnd.microsoft.meetingStart", activity.Name);
        Assert.Equal("Möte", activity.Value!.Value.GetProperty("Title").GetString());
    }

    [Fact]
    public void Parse_ChannelMessage_TypedFieldsRead()
    {
        var activity = Parse(ChannelMessage);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 11, 14, 36, 368, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        Assert.True(activity.Conversation!.IsGroup);
        Assert.Equal("channel", activity.Conversation.ConversationType);
        Assert.Equal("aad-anna", activity.From!.AadObjectId);
    }

    [Fact]
    public void GetTenantId_ConversationHasNone_ReadsChannelData()
    {
        Assert.Equal("tenant-1", Parse(ChannelMessage).GetTenantId());
    }

    [Fact]
    public void GetTenantId_ConversationHasTenant_PrefersConversation()
    {
        var activity = Parse(ChannelMessage);
        activity.Conversation!.TenantId = "tenant-conv";

        Assert.Equal("tenant-conv", activity.GetTenantId());
    }

    [Fact]
    public void GetTenantId_NoTenantAnywhere_Null()
    {
        Assert.Null(Activity.CreateMessage().GetTenantId());
        Assert.Null(Parse("""{"type":"message","channelData":{"tenant":"not-an-object"}}""").GetTenantId());
    }

    [Fact]
    public void GetClientInfo_ClientInfoEntity_Read()
    {
        var info = Parse(ChannelMessage).GetClientInfo();

        Assert.Equal(new ClientInfo("sv-SE", "SE", "Windows", "Europe/Stockholm"), info);
    }

    [Fact]
    public void GetMentions_TwoMentions_BothRead()
    {
        var mentions = Parse(ChannelMessage).GetMentions();

        Assert.Equal(
            [new Mention("28:bot-app-id", "VastbusBot", "<at>VastbusBot</at>"), new Mention("29:erik", "Erik", "<at>Erik</at>")],
            mentions);
    }

    [Fact]
    public void GetTextWithoutBotMention_BotAndOtherMentioned_OnlyBotRemoved()
    {
        Assert.Equal("hjälp med <at>Erik</at> tack", Parse(ChannelMessage).GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_MentionInMiddle_NoDoubleSpace()
    {
        var activity = Parse(ChannelMessage);
        activity.Text = "kan du <at>VastbusBot</at> hjälpa";

        Assert.Equal("kan du hjälpa", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_NoEntity_StripsLeadingTag()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "  <at>Test Bot</at> hjälp ",
            Recipient = new ChannelAccount { Id = "bot" },
        };

        Assert.Equal("hjälp", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_LeadingTagNamesSomeoneElse_Kept()
    {
        var activity = Parse(ChannelMessage);
        activity.Text = "<at>Erik</at> är sjuk";
        activity.Entities!.RemoveAt(0);

        Assert.Equal("<at>Erik</at> är sjuk", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_PersonalChatPlainText_Trimmed()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = " hjälp\n", Recipient = new ChannelAccount { Id = "bot" } };

        Assert.Equal("hjälp", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void GetTextWithoutBotMention_NoText_Empty()
    {
        Assert.Equal(string.Empty, new Activity { Type = ActivityTypes.Message }.GetTextWithoutBotMention());
    }

    [Fact]
    public void CreateReply_ChannelMessage_AddressedBackInSameConversation()
    {
        var activity = Parse(ChannelMessage);

        var reply = activity.CreateReply("svar");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("svar", reply.Text);
        Assert.Equal("28:bot-app-id", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("aad-anna", reply.Recipient.AadObjectId);
        Assert.Equal(activity.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(activity.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("sv-SE", reply.Locale);
        Assert.Equal("1700000000001", reply.ReplyToId);
        Assert.NotSame(activity.From, reply.Recipient);
    }

    [Fact]
    public void GetConversationReference_ChannelMessage_AllFieldsFilled()
    {
        var reference = Parse(ChannelMessage).GetConversationReference();

        Assert.Equal(
            new ConversationReference
            {
                ServiceUrl = "https://smba.trafficmanager.net/emea/",
                ChannelId = "msteams",
                ConversationId = "19:abc@thread.tacv2;messageid=1700000000000",
                ConversationType = "channel",
                TenantId = "tenant-1",
                UserId = "29:user",
                UserAadObjectId = "aad-anna",
                UserName = "Anna Berg",
                BotId = "28:bot-app-id",
                BotName = "VastbusBot",
                Locale = "sv-SE",
                Timezone = "Europe/Stockholm",
            },
            reference);
    }

    [Fact]
    public void GetConversationReference_NoServiceUrl_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Activity.CreateMessage().GetConversationReference());
    }

    [Fact]
    public void ConversationReference_ApplyTo_FillsAddressing()
    {
        var reference = Parse(ChannelMessage).GetConversationReference();

        var message = reference.ApplyTo(Activity.CreateMessage("påminnelse"));

        Assert.Equal(reference.ConversationId, message.Conversation!.Id);
        Assert.Equal("28:bot-app-id", message.From!.Id);
        Assert.Equal("29:user", message.Recipient!.Id);
        Assert.Equal(reference.ServiceUrl, message.ServiceUrl);
    }

    [Fact]
    public void AdaptiveCardAttachment_RuntimeTypeSerialized_InboundIsJsonElement()
    {
        var message = Activity.CreateMessage();
        message.Attachments = [Attachment.AdaptiveCard(new SampleCard { Body = ["Hej"] })];

        var json = JsonSerializer.Serialize(message, ProtocolJson.Options);
        var parsed = Parse(json);

        Assert.Contains("\"content\":{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[\"Hej\"]}", json, StringComparison.Ordinal);
        var content = Assert.IsType<JsonElement>(parsed.Attachments![0].Content);
        Assert.Equal("1.5", content.GetProperty("version").GetString());
        Assert.Equal(Attachment.AdaptiveCardContentType, parsed.Attachments[0].ContentType);
    }

    [Fact]
    public void CreateMention_Entity_ReadsBackAsMention()
    {
        var entity = Entity.CreateMention("29:erik", "Erik");

        Assert.Equal(new Mention("29:erik", "Erik", "<at>Erik</at>"), entity.AsMention());
        Assert.Contains("\"mentioned\":{\"id\":\"29:erik\",\"name\":\"Erik\"}", JsonSerializer.Serialize(entity, ProtocolJson.Options), StringComparison.Ordinal);
    }

    private sealed class SampleCard
    {
        public string Type => "AdaptiveCard";

        public string Version => "1.5";

        public IReadOnlyList<string> Body { get; init; } = [];
    }
}
