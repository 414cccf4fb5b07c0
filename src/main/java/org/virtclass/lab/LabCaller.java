package org.virtclass.lab;

/**
 * Who asks the lab for something: the client (one browser, known by the server-signed lab
 * cookie) and the network address it comes from (the proxy's forwarded address only when
 * the proxy is trusted). The caps count per client and per address.
 */
public record LabCaller(String clientId, String address) {
}
