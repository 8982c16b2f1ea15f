package fr.pes21.gateway.limit;

import fr.pes21.base.web.RequestSizeLimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestSize largest request body accepted, from
 * {@code PES21_MAX_REQUEST_SIZE}
 */
@ConfigurationProperties("pes21")
record RequestSizeProperties(@DefaultValue(RequestSizeLimit.DEFAULT) DataSize maxRequestSize) {

}
