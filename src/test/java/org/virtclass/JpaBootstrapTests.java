package org.virtclass;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate builds its metamodel on a background thread while the main thread creates the
 * other beans (about a second of the start on two cores); the repositories must still be
 * usable once the app says it is ready.
 */
class JpaBootstrapTests extends AppTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationAvailability availability;

	@Test
	void theEntityManagerFactoryIsBuiltInTheBackground() {
		LocalContainerEntityManagerFactoryBean factory = this.context.getBean("&entityManagerFactory",
				LocalContainerEntityManagerFactoryBean.class);
		assertThat(factory.getBootstrapExecutor()).as("bootstrap executor").isNotNull();
	}

	@Test
	void onceReadyTheDatabaseAnswers() {
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		EntityManager entityManager = this.context.getBean(EntityManagerFactory.class).createEntityManager();
		try {
			Long tools = entityManager.createQuery("select count(t) from Tool t", Long.class).getSingleResult();
			assertThat(tools).as("tools synced before ready").isPositive();
		}
		finally {
			entityManager.close();
		}
	}

}
