package io.cloudmart.sim.model.mesh;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parsed VirtualService {@code retries.retryOn} list, and the decision whether a failed try is
 * retriable under it, following Envoy's router ({@code RetryStateImpl::wouldRetryFromHeaders} and
 * {@code wouldRetryFromReset}):
 *
 * <ul>
 *   <li>{@code 5xx}: any 5xx response, and any try that ended without a response (reset, refused
 *       stream, connect failure, per-try timeout);</li>
 *   <li>{@code gateway-error}: a 502, 503 or 504 response, and likewise any try without a response
 *       (Envoy treats a reset as a would-be gateway error);</li>
 *   <li>{@code reset}: any try without a response;</li>
 *   <li>{@code connect-failure}: a connect failure; {@code refused-stream}: an HTTP/2 REFUSED_STREAM;</li>
 *   <li>{@code reset-before-request}: a try that failed before any byte was sent (here: connect failure);</li>
 *   <li>{@code retriable-4xx}: a 409 response;</li>
 *   <li>{@code retriable-status-codes} with codes: a response whose status is listed. Istio lets the codes
 *       be written directly in the list ({@code "503,reset"}) and then adds {@code retriable-status-codes}
 *       itself ({@code parseRetryOn} in istio/istio {@code route/retry/retry.go}).</li>
 * </ul>
 * A pool overflow ({@code UO}) is never retried, whatever the list ("we never retry if the reset reason
 * is overflow"). The gRPC conditions Istio puts in its default ({@code unavailable}, {@code cancelled},
 * and {@code deadline-exceeded}, {@code internal}, {@code resource-exhausted}) match only a
 * {@code grpc-status} the simulator does not model, so they are accepted and never match.
 *
 * <p>Note that a 503 <em>response</em> is not retried under {@link #ISTIO_DEFAULT}: the default names
 * {@code retriable-status-codes} but lists no code (current Istio; releases before that change also
 * listed 503).
 */
public final class RetryOn {
    /** Istio's default {@code retryOn} (mesh {@code defaultHttpRetryPolicy}; retry.go {@code defaultPolicy()}). */
    public static final String ISTIO_DEFAULT = "connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes";

    private static final int CONFLICT = 409;
    private static final int BAD_GATEWAY = 502;
    private static final int GATEWAY_TIMEOUT = 504;
    private static final Set<String> GRPC_CONDITIONS =
            Set.of("cancelled", "deadline-exceeded", "internal", "resource-exhausted", "unavailable");

    /** The HTTP conditions the simulator evaluates. */
    private enum Condition {
        FIVE_XX("5xx"), GATEWAY_ERROR("gateway-error"), RESET("reset"), RESET_BEFORE_REQUEST("reset-before-request"),
        CONNECT_FAILURE("connect-failure"), REFUSED_STREAM("refused-stream"), RETRIABLE_4XX("retriable-4xx"),
        RETRIABLE_STATUS_CODES("retriable-status-codes");

        final String token;

        Condition(String token) {
            this.token = token;
        }
    }

    private final EnumSet<Condition> conditions;
    private final Set<Integer> statusCodes;
    private final Set<String> grpcConditions;

    private RetryOn(EnumSet<Condition> conditions, Set<Integer> statusCodes, Set<String> grpcConditions) {
        this.conditions = conditions;
        this.statusCodes = Collections.unmodifiableSet(statusCodes);
        this.grpcConditions = Collections.unmodifiableSet(grpcConditions);
    }

    /** Istio's default list, {@value #ISTIO_DEFAULT}. */
    public static RetryOn istioDefault() {
        return parse(ISTIO_DEFAULT);
    }

    /**
     * Parses a comma-separated {@code retryOn} value; blanks around entries are ignored, numbers in
     * [100, 599] are retriable status codes.
     *
     * @throws IllegalArgumentException naming the first unknown entry
     */
    public static RetryOn parse(String retryOn) {
        if (retryOn == null || retryOn.isBlank()) {
            throw new IllegalArgumentException("retryOn is empty; leave it unset for Istio's default '" + ISTIO_DEFAULT + "'");
        }
        EnumSet<Condition> conditions = EnumSet.noneOf(Condition.class);
        Set<Integer> codes = new TreeSet<>();
        Set<String> grpc = new LinkedHashSet<>();
        for (String raw : retryOn.split(",")) {
            String token = raw.trim().toLowerCase(Locale.ROOT);
            if (token.isEmpty()) {
                continue;
            }
            if (token.chars().allMatch(Character::isDigit)) {
                codes.add(statusCode(token));
            } else if (GRPC_CONDITIONS.contains(token)) {
                grpc.add(token);
            } else {
                conditions.add(condition(token));
            }
        }
        if (!codes.isEmpty()) {
            conditions.add(Condition.RETRIABLE_STATUS_CODES);
        }
        return new RetryOn(conditions, codes, grpc);
    }

    private static int statusCode(String token) {
        int code = token.length() <= 3 ? Integer.parseInt(token) : -1;
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("retryOn status code '" + token + "' must be in [100, 599]");
        }
        return code;
    }

    private static Condition condition(String token) {
        for (Condition condition : Condition.values()) {
            if (condition.token.equals(token)) {
                return condition;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Condition condition : Condition.values()) {
            known.append(condition.token).append(", ");
        }
        throw new IllegalArgumentException("retryOn condition '" + token + "' is unknown; use " + known
                + String.join(", ", new TreeSet<>(GRPC_CONDITIONS)) + " or HTTP status codes");
    }

    /** True if a try that ended with {@code result} may be retried under this list (retries left permitting). */
    public boolean retriable(AttemptResult result) {
        return switch (result.kind()) {
            case RESPONSE -> retriableStatus(result.status());
            case OVERFLOW -> false;
            case CONNECT_FAILURE -> has(Condition.CONNECT_FAILURE) || has(Condition.RESET_BEFORE_REQUEST) || anyReset();
            case REFUSED_STREAM -> has(Condition.REFUSED_STREAM) || anyReset();
            case RESET, PER_TRY_TIMEOUT -> anyReset();
        };
    }

    private boolean retriableStatus(int status) {
        if (status >= 500 && has(Condition.FIVE_XX)) {
            return true;
        }
        if (status >= BAD_GATEWAY && status <= GATEWAY_TIMEOUT && has(Condition.GATEWAY_ERROR)) {
            return true;
        }
        if (status == CONFLICT && has(Condition.RETRIABLE_4XX)) {
            return true;
        }
        return has(Condition.RETRIABLE_STATUS_CODES) && statusCodes.contains(status);
    }

    /** Envoy retries any reset (no response) under {@code reset}, {@code 5xx} or {@code gateway-error}. */
    private boolean anyReset() {
        return has(Condition.RESET) || has(Condition.FIVE_XX) || has(Condition.GATEWAY_ERROR);
    }

    private boolean has(Condition condition) {
        return conditions.contains(condition);
    }

    /** The retriable status codes listed (sorted). */
    public Set<Integer> statusCodes() {
        return statusCodes;
    }

    /** The list in canonical form: HTTP conditions, gRPC conditions, then codes. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Condition condition : conditions) {
            text.append(text.length() == 0 ? "" : ",").append(condition.token);
        }
        for (String token : grpcConditions) {
            text.append(text.length() == 0 ? "" : ",").append(token);
        }
        for (int code : statusCodes) {
            text.append(text.length() == 0 ? "" : ",").append(code);
        }
        return text.toString();
    }
}
