using System.Net;
using System.Net.Sockets;

namespace Pipeline.Sources.Feeds;

/// <summary>
/// Opens the connections of feed fetching: resolves the host, keeps the addresses it may reach and
/// connects to one of those. The check and the connection use the same addresses, so a name that
/// resolves differently a moment later (DNS rebinding) cannot slip an internal address through.
/// </summary>
internal sealed class AddressGuard(AllowedHosts allowed)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var endPoint = context.DnsEndPoint;
        var host = endPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var reachable = allowed.Allows(host) ? addresses : [.. addresses.Where(a => allowed.Allows(a) || NonPublicAddress.Describe(a) is null)];
        if (reachable.Length == 0)
        {
            throw new RefusedAddressException(Refusal(host, addresses));
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(reachable, endPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Refusal(string host, IPAddress[] addresses)
    {
        if (addresses.Length == 0)
        {
            return $"refused: {host} has no address";
        }
        var first = addresses[0];
        var kind = NonPublicAddress.Describe(first);
        var what = first.ToString() == host ? $"{host} is {kind}" : $"{host} is {first}, {kind}";
        return $"refused: {what}; add {host} to fetch.allowed_hosts in config/sources.yaml to allow";
    }
}
