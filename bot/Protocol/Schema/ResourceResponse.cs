namespace VastbusBot.Protocol.Schema;

/// <summary>The connector's answer to a send: the new activity's id (absent when Teams split the message, 202).</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
