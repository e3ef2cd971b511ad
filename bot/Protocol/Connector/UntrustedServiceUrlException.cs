namespace VastbusBot.Protocol;

/// <summary>An outbound call was refused before sending because its service URL is not trusted.</summary>
public sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException()
        : base("Refusing to call an untrusted service URL.")
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UntrustedServiceUrlException(Uri? serviceUrl)
        : base($"Refusing to call '{serviceUrl?.GetLeftPart(UriPartial.Authority)}': it is not a trusted Bot Connector service URL. "
            + "Trusted are the Teams connector hosts, BotFramework:TrustedServiceUrlHosts and service URLs of authenticated inbound activities.")
    {
        ServiceUrl = serviceUrl;
    }

    public Uri? ServiceUrl { get; }
}
