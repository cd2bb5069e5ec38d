package org.cordon.inspection.archfixture.domain;

import org.springframework.stereotype.Component;

/**
 * A deliberate violation: a domain class that depends on Spring.
 */
@Component
public class RuleThatUsesSpring {

}
